"""Upload limits in the admin: an editor sees which limit a file breaks, and nothing is stored."""

import io
from pathlib import Path

import pytest
from PIL import Image as PILImage

from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents.models import Document
from wagtail.images.models import Image

from cms.tests.html import soup, texts


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def editor_client(client, db):
    editor = User.objects.create_user("edith", "edith@example.com", "edith-password")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    return client


def image_file(name, size=(20, 20), image_format="PNG"):
    data = io.BytesIO()
    PILImage.new("RGB", size, "teal").save(data, image_format)
    return SimpleUploadedFile(name, data.getvalue())


def upload_image(client, upload):
    return client.post("/admin/images/add/", {"title": "Upload", "file": upload})


def upload_document(client, upload):
    return client.post("/admin/documents/add/", {"title": "Upload", "file": upload})


def file_errors(response):
    field = soup(response).select_one("#id_file").find_parent(class_="w-field")
    return texts(field.select(".error-message"))


def stored_files(settings, folder):
    return sorted(path.name for path in Path(settings.MEDIA_ROOT, folder).glob("*"))


def test_the_image_form_states_the_limits(editor_client):
    response = editor_client.get("/admin/images/add/")
    field = soup(response).select_one("#id_file").find_parent(class_="w-field")
    assert texts(field.select(".w-field__help")) == [
        "Supported formats: AVIF, GIF, JPG, JPEG, PNG, WEBP. Maximum filesize: 10.0 MB."
    ]


def test_an_image_over_the_size_limit_is_refused(editor_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 50
    upload = image_file("too-big-upload.png")
    response = upload_image(editor_client, upload)
    assert response.status_code == 200
    assert file_errors(response) == [f"This file is too big ({upload.size} bytes). Maximum filesize 50 bytes."]
    assert Image.objects.count() == 0
    assert stored_files(settings, "original_images") == []


def test_an_image_with_too_many_pixels_is_refused(editor_client, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 300
    response = upload_image(editor_client, image_file("wide-upload.png", size=(30, 20)))
    assert file_errors(response) == ["This file has too many pixels (600). Maximum pixels 300."]
    assert Image.objects.count() == 0
    assert stored_files(settings, "original_images") == []


def test_an_image_of_another_type_is_refused(editor_client, settings):
    response = upload_image(editor_client, image_file("bitmap-upload.bmp", image_format="BMP"))
    assert file_errors(response) == [
        "Not a supported image format. Supported formats: AVIF, GIF, JPG, JPEG, PNG, WEBP."
    ]
    assert Image.objects.count() == 0
    assert stored_files(settings, "original_images") == []


def test_an_image_within_the_limits_is_stored(editor_client, settings):
    response = upload_image(editor_client, image_file("fine-upload.png"))
    assert response.status_code == 302
    assert Image.objects.get().title == "Upload"
    assert stored_files(settings, "original_images") == ["fine-upload.png"]


def test_a_document_over_the_size_limit_is_refused(editor_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response = upload_document(editor_client, SimpleUploadedFile("big-upload.pdf", b"%PDF-1.4\n" + b"0" * 2039))
    assert response.status_code == 200
    assert file_errors(response) == ["This file is too big (2.0 KB). Maximum filesize 1.0 KB."]
    assert Document.objects.count() == 0
    assert stored_files(settings, "documents") == []


def test_a_document_over_the_size_limit_is_refused_by_the_multiple_uploader(editor_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response = editor_client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("big-upload.pdf", b"0" * 2048)},
    )
    assert response.json() == {
        "success": False,
        "error_message": "This file is too big (2.0\xa0KB). Maximum filesize 1.0\xa0KB.",
    }
    assert Document.objects.count() == 0
    assert stored_files(settings, "documents") == []


def test_a_document_of_another_type_is_refused(editor_client, settings):
    response = upload_document(editor_client, SimpleUploadedFile("tool-upload.exe", b"MZ"))
    assert file_errors(response) == [
        "File extension “exe” is not allowed. Allowed extensions are: csv, docx, odt, pdf, pptx, rtf, txt, xlsx, zip."
    ]
    assert Document.objects.count() == 0
    assert stored_files(settings, "documents") == []


def test_a_document_within_the_limit_is_stored(editor_client, settings):
    response = upload_document(editor_client, SimpleUploadedFile("notes-upload.txt", b"Release notes"))
    assert response.status_code == 302
    assert Document.objects.get().title == "Upload"
    assert stored_files(settings, "documents") == ["notes-upload.txt"]
