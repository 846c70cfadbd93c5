"""Reading rendered pages the way a reader sees them."""

from bs4 import BeautifulSoup


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def texts(elements):
    return [" ".join(element.get_text(" ", strip=True).split()) for element in elements]
