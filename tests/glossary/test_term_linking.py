"""Linking glossary terms in rendered HTML: the matching rules, the skip rules, escaping."""

from bs4 import BeautifulSoup

from glossary.term_linking import Matcher, Term, link_terms

API = Term(1, "API", "/glossary/api/", "How programs talk to each other.")
BACKEND = Term(2, "Backend", "/glossary/backend/", "The server side.")
BSD = Term(3, "Backend Software Development", "/glossary/bsd/", "Building the server side.", ("Back-end development",))
CPP = Term(4, "C++", "/glossary/cpp/", "A language.")
DOTNET = Term(5, ".NET", "/glossary/dotnet/", "A platform.")
TERMS = [API, BACKEND, BSD, CPP, DOTNET]


def linked(html, terms=TERMS, **kwargs):
    return link_terms(html, Matcher(terms), **kwargs)


def link_texts(html):
    return [(a.get_text(), a["href"]) for a in BeautifulSoup(html, "html.parser").select("a.term-link")]


def test_first_mention_becomes_a_link_described_by_its_summary():
    result = linked("<p>Call the API.</p>")
    assert result.html == (
        '<p>Call the <span class="term-ref"><a class="term-link" href="/glossary/api/" '
        'aria-describedby="term-tip-1">API</a><span class="term-tip" id="term-tip-1" role="tooltip">'
        "How programs talk to each other.</span></span>.</p>"
    )
    assert result.terms == (API,)


def test_matching_ignores_case_and_keeps_the_text_as_written():
    assert link_texts(linked("<p>an api call</p>").html) == [("api", "/glossary/api/")]


def test_whole_words_only():
    html = "<p>RAPID growth, APIs, xAPI and API_KEY</p>"
    assert linked(html).html == html
    assert linked(html).terms == ()


def test_no_plural_is_guessed_but_an_alias_can_name_it():
    html = "<p>Two APIs.</p>"
    assert link_texts(linked(html).html) == []
    with_plural = Term(1, "API", "/glossary/api/", "Summary.", ("APIs",))
    assert link_texts(linked(html, [with_plural]).html) == [("APIs", "/glossary/api/")]


def test_longest_match_wins():
    result = linked("<p>Backend Software Development is more than Backend work.</p>")
    assert link_texts(result.html) == [
        ("Backend Software Development", "/glossary/bsd/"),
        ("Backend", "/glossary/backend/"),
    ]


def test_the_shorter_term_is_not_linked_inside_a_longer_one_already_linked():
    result = linked("<p>Backend Software Development, then Backend Software Development again.</p>")
    assert result.terms == (BSD,)


def test_aliases_link_to_their_entry_and_white_space_may_differ():
    result = linked("<p>Back-end\n   development and Backend&nbsp;Software Development</p>")
    assert link_texts(result.html) == [("Back-end\n   development", "/glossary/bsd/")]


def test_only_the_first_mention_on_the_page_is_linked_across_elements():
    result = linked("<section><p>API one.</p></section><section><ul><li>API two, api three.</li></ul></section>")
    assert link_texts(result.html) == [("API", "/glossary/api/")]
    assert result.html.count("term-link") == 1


def test_terms_come_back_in_the_order_of_their_first_link():
    assert linked("<p>C++ calls an API from the Backend.</p>").terms == (CPP, API, BACKEND)


def test_nothing_is_linked_inside_links_headings_or_code():
    html = (
        '<h1>API</h1><h2 id="api">API</h2><h3>API</h3><h6>API</h6>'
        '<p><a href="/elsewhere/">the <em>API</em> docs</a> <code>API</code></p>'
        '<pre class="code"><code class="language-python">api = API()</code></pre>'
    )
    assert linked(html).html == html


def test_the_first_mention_outside_skipped_elements_is_linked():
    result = linked("<h2>API</h2><pre>API</pre><p>The API.</p>")
    assert link_texts(result.html) == [("API", "/glossary/api/")]
    assert result.html.startswith("<h2>API</h2><pre>API</pre><p>The ")


def test_block_headings_drawn_as_paragraphs_are_skipped_by_class():
    html = '<aside class="callout"><p class="callout__title">API</p><div class="rich-text"><p>An API.</p></div></aside>'
    result = linked(html, skip_classes={"callout__title"})
    assert result.html.startswith('<aside class="callout"><p class="callout__title">API</p>')
    assert link_texts(result.html) == [("API", "/glossary/api/")]


def test_an_entry_does_not_link_its_own_title_or_aliases():
    html = "<p>Backend Software Development, or Back-end development, uses an API.</p>"
    assert linked(html, exclude_id=BSD.id).terms == (API,)


def test_a_name_an_entry_shares_with_another_is_its_own_on_its_page():
    other = Term(9, "Back-end development", "/glossary/other/", "Another entry with the same name.")
    html = "<p>Back-end development.</p>"
    assert linked(html, [other, BSD], exclude_id=BSD.id).terms == ()
    assert linked(html, [other, BSD]).terms == (other,)


def test_a_title_takes_precedence_over_the_same_alias_on_another_entry():
    owner = Term(10, "REST", "/glossary/rest/", "An API style.")
    alias = Term(11, "RESTful API", "/glossary/restful/", "Also.", ("REST",))
    assert linked("<p>REST</p>", [alias, owner]).terms == (owner,)


def test_names_with_punctuation_match_as_whole_words():
    result = linked("<p>ASP.NET is not .NET alone, and C++ is not C.</p>")
    assert link_texts(result.html) == [(".NET", "/glossary/dotnet/"), ("C++", "/glossary/cpp/")]


def test_the_tooltip_and_the_text_are_escaped_and_the_html_stays_valid():
    tricky = Term(7, "AT&T", '/glossary/at-t/?a="b"', 'Says <script>alert("x")</script> & more.')
    result = linked("<p>AT&amp;T &lt;rocks&gt;</p>", [tricky])
    assert "<script>" not in result.html
    assert 'href="/glossary/at-t/?a=&quot;b&quot;"' in result.html
    assert 'role="tooltip">Says &lt;script&gt;alert("x")&lt;/script&gt; &amp; more.</span>' in result.html
    assert result.html.endswith("</span></span> &lt;rocks&gt;</p>")
    tip = BeautifulSoup(result.html, "html.parser").select_one('[role="tooltip"]')
    assert tip.get_text() == 'Says <script>alert("x")</script> & more.'
    assert tip["id"] == BeautifulSoup(result.html, "html.parser").select_one("a")["aria-describedby"]


def test_html_without_terms_is_returned_exactly_as_it_came():
    html = '<!DOCTYPE html><p title="a &amp; b">Caf&eacute; &amp; friends<br/>\n<img src="x.png" alt="API"></p>'
    assert linked(html).html == html


def test_text_nodes_that_gain_no_link_keep_their_entities():
    result = linked("<p>Caf&eacute; &amp; co</p><p>The API</p>")
    assert result.html.startswith("<p>Caf&eacute; &amp; co</p><p>The <span")


def test_an_entry_without_a_summary_is_linked_without_a_tooltip():
    bare = Term(8, "Cache", "/glossary/cache/", "")
    assert linked("<p>A cache.</p>", [bare]).html == '<p>A <a class="term-link" href="/glossary/cache/">cache</a>.</p>'


def test_five_thousand_terms_link_correctly():
    terms = [
        Term(n, f"Term {n}", f"/glossary/term-{n}/", f"Summary {n}.", (f"T{n}", f"Alias {n}")) for n in range(5000)
    ]
    matcher = Matcher(terms)
    words = " ".join(f"About Term {n} and t{n + 1} or Alias {n * 7 % 5000}; Term {n}0000." for n in range(0, 5000, 25))
    html = f"<h2>Term 1</h2><p>{words}</p>"

    result = link_terms(html, matcher, exclude_id=26)

    mentioned = [term for n in range(0, 5000, 25) for term in (n, n + 1, n * 7 % 5000)]
    assert [term.id for term in result.terms] == [term for term in dict.fromkeys(mentioned) if term != 26]
    assert link_texts(result.html)[:3] == [
        ("Term 0", "/glossary/term-0/"),
        ("t1", "/glossary/term-1/"),
        ("Term 25", "/glossary/term-25/"),
    ]
