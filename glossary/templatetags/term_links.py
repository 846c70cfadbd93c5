"""`{% link_glossary_terms page %}…{% endlink_glossary_terms %}`: link glossary terms in a page body.

It wraps the whole body rather than filtering each block's rich text, so "first mention on
the page" holds across blocks, and headings and code rendered by the block templates are
seen and left alone.
"""

from django import template

from glossary.term_index import link_page

register = template.Library()


class LinkGlossaryTermsNode(template.Node):
    def __init__(self, page, nodelist):
        self.page = page
        self.nodelist = nodelist

    def render(self, context):
        return link_page(self.page.resolve(context), self.nodelist.render(context))


@register.tag
def link_glossary_terms(parser, token):
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError(f"{bits[0]} takes one argument: the page.")
    nodelist = parser.parse(("endlink_glossary_terms",))
    parser.delete_first_token()
    return LinkGlossaryTermsNode(parser.compile_filter(bits[1]), nodelist)
