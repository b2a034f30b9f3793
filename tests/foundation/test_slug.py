import pytest

from podcast.errors import InvalidValue, PodcastError
from podcast.slug import slugify, unique_slug


@pytest.mark.parametrize("title, slug", [
    ("Snöröjning på vintern", "snorojning-pa-vintern"),
    ("Bygglov & attefallshus", "bygglov-och-attefallshus"),
    ("Å Ä Ö å ä ö", "a-a-o-a-a-o"),
    ("  Sophämtning — när töms tunnan?  ", "sophamtning-nar-toms-tunnan"),
    ("Avsnitt 12: Färdtjänst 2026", "avsnitt-12-fardtjanst-2026"),
    ("Straße, Ærø, Øresund", "strasse-aero-oresund"),
    ("Éléphant café", "elephant-cafe"),
])
def test_slugify(title, slug):
    assert slugify(title) == slug


def test_slug_is_cut_at_word_boundary():
    slug = slugify("Det här är en mycket lång titel som fortsätter och fortsätter i evighet")
    assert len(slug) <= 60
    assert not slug.endswith("-")
    assert "evighet" not in slug


def test_slug_rejects_empty():
    with pytest.raises(InvalidValue) as info:
        slugify("?!…")
    assert isinstance(info.value, PodcastError)
    assert str(info.value) == "cannot make a slug from '?!…': no letters or digits"


def test_unique_slug():
    assert unique_slug("a", set()) == "a"
    assert unique_slug("a", {"a", "a-2"}) == "a-3"
