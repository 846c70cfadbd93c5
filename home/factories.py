from wagtail_factories import PageFactory

from .models import HomePage


class HomePageFactory(PageFactory):
    title = "Home"
    slug = "home"

    class Meta:
        model = HomePage
