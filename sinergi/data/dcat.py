"""The catalogue in DCAT (W3C Data Catalog Vocabulary) with the DCAT-AP properties, as Turtle, JSON-LD or
RDF/XML, paged with Hydra the way CKAN's DCAT extension pages it, and one dataset at a time.

Only public datasets are described (the views pass `Dataset.objects.public()` and nothing else).
"""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, SKOS, XSD

from sinergi.data.models import Dataset
from sinergi.data.vocabularies import FREQUENCIES, LICENCES_BY_ID, TOPICS_BY_SLUG

HYDRA = Namespace("http://www.w3.org/ns/hydra/core#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
FREQUENCY = Namespace("http://publications.europa.eu/resource/authority/frequency/")
MEDIA_TYPE = Namespace("http://www.iana.org/assignments/media-types/")
FORMATS = {"turtle": ("ttl", "text/turtle"), "json-ld": ("jsonld", "application/ld+json"),
           "xml": ("rdf", "application/rdf+xml")}  # fmt: skip
BY_EXTENSION = {extension: (name, content_type) for name, (extension, content_type) in FORMATS.items()}
PAGE_SIZE = 100
_DCAT_FREQUENCY = {value: dcat for value, _label, dcat in FREQUENCIES}


def _url(path: str) -> URIRef:
    return URIRef(settings.SITE_URL + path)


def new_graph() -> Graph:
    graph = Graph()
    for prefix, namespace in (("dcat", DCAT), ("dct", DCTERMS), ("foaf", FOAF), ("skos", SKOS), ("vcard", VCARD),
                              ("hydra", HYDRA)):  # fmt: skip
        graph.bind(prefix, namespace)
    return graph


def catalogue(forum, datasets, page: int, total: int, extension: str) -> Graph:
    """The catalogue with one page of its datasets; `datasets` are that page's, public only."""
    graph = new_graph()
    node = _url(reverse("data:dcat_catalogue", args=[extension]))
    graph.add((node, RDF.type, DCAT.Catalog))
    graph.add((node, DCTERMS.title, Literal(f"Katalog Data {forum.name}", lang="id")))
    graph.add((node, DCTERMS.description, Literal(f"Data yang diterbitkan melalui {forum.name} (Satu Data "
                                                  "Indonesia).", lang="id")))  # fmt: skip
    graph.add((node, DCTERMS.publisher, _publisher(graph, forum.name, settings.SITE_URL + "/")))
    graph.add((node, DCTERMS.language, URIRef("http://publications.europa.eu/resource/authority/language/IND")))
    graph.add((node, FOAF.homepage, _url(reverse("data:catalogue"))))
    for dataset in datasets:
        graph.add((node, DCAT.dataset, add_dataset(graph, dataset)))
    last = max(1, -(-total // PAGE_SIZE))
    paging = _url(f"{reverse('data:dcat_catalogue', args=[extension])}?page={page}")
    graph.add((paging, RDF.type, HYDRA.PagedCollection))
    graph.add((paging, HYDRA.totalItems, Literal(total, datatype=XSD.integer)))
    graph.add((paging, HYDRA.itemsPerPage, Literal(PAGE_SIZE, datatype=XSD.integer)))
    base = reverse("data:dcat_catalogue", args=[extension])
    graph.add((paging, HYDRA.firstPage, Literal(f"{settings.SITE_URL}{base}?page=1")))
    graph.add((paging, HYDRA.lastPage, Literal(f"{settings.SITE_URL}{base}?page={last}")))
    if page > 1:
        graph.add((paging, HYDRA.previousPage, Literal(f"{settings.SITE_URL}{base}?page={page - 1}")))
    if page < last:
        graph.add((paging, HYDRA.nextPage, Literal(f"{settings.SITE_URL}{base}?page={page + 1}")))
    return graph


def one(dataset: Dataset) -> Graph:
    graph = new_graph()
    add_dataset(graph, dataset)
    return graph


def dataset_uri(dataset: Dataset) -> URIRef:
    return _url(dataset.get_absolute_url())


def add_dataset(graph: Graph, dataset: Dataset) -> URIRef:
    node = dataset_uri(dataset)
    add = graph.add
    add((node, RDF.type, DCAT.Dataset))
    add((node, DCTERMS.identifier, Literal(str(dataset.uid))))
    add((node, DCTERMS.title, Literal(dataset.title, lang="id")))
    add((node, DCTERMS.description, Literal(dataset.description, lang="id")))
    add((node, DCTERMS.publisher, _publisher(graph, dataset.agency.name, "")))
    add((node, DCAT.landingPage, node))
    if dataset.published_at:
        add((node, DCTERMS.issued, Literal(dataset.published_at, datatype=XSD.dateTime)))
    add((node, DCTERMS.modified, Literal(dataset.modified_at, datatype=XSD.dateTime)))
    topic = TOPICS_BY_SLUG.get(dataset.topic)
    if topic:
        theme = _url(f"{reverse('data:catalogue')}?topik={topic.slug}")
        add((node, DCAT.theme, theme))
        add((theme, RDF.type, SKOS.Concept))
        add((theme, SKOS.prefLabel, Literal(topic.name, lang="id")))
    for tag in dataset.tags:
        add((node, DCAT.keyword, Literal(tag, lang="id")))
    for code in dataset.area_codes:
        place = BNode()
        add((node, DCTERMS.spatial, place))
        add((place, RDF.type, DCTERMS.Location))
        add((place, SKOS.notation, Literal(code)))
    if dataset.period_start:
        period = BNode()
        add((node, DCTERMS.temporal, period))
        add((period, RDF.type, DCTERMS.PeriodOfTime))
        add((period, DCAT.startDate, Literal(f"{dataset.period_start}-01-01", datatype=XSD.date)))
        add((period, DCAT.endDate, Literal(f"{dataset.period_end or dataset.period_start}-12-31", datatype=XSD.date)))
    if dataset.frequency in _DCAT_FREQUENCY:
        add((node, DCTERMS.accrualPeriodicity, FREQUENCY[_DCAT_FREQUENCY[dataset.frequency]]))
    if dataset.contact_email:
        contact = BNode()
        add((node, DCAT.contactPoint, contact))
        add((contact, RDF.type, VCARD.Organization))
        add((contact, VCARD.fn, Literal(dataset.agency.name)))
        add((contact, VCARD.hasEmail, URIRef(f"mailto:{dataset.contact_email}")))
    licence = LICENCES_BY_ID.get(dataset.licence)
    for resource in (r for r in dataset.resources.all() if r.publishable):
        distribution = _url(f"{dataset.get_absolute_url()}#sumber-{resource.uid}")
        add((node, DCAT.distribution, distribution))
        add((distribution, RDF.type, DCAT.Distribution))
        add((distribution, DCTERMS.title, Literal(resource.name, lang="id")))
        link = URIRef(settings.SITE_URL + resource.get_download_url() if resource.file else resource.url)
        add((distribution, DCAT.accessURL, link))
        add((distribution, DCAT.downloadURL, link))
        add((distribution, DCTERMS.format, Literal(resource.format.upper())))
        if resource.mimetype:
            add((distribution, DCAT.mediaType, MEDIA_TYPE[resource.mimetype]))
        if resource.size:
            add((distribution, DCAT.byteSize, Literal(resource.size, datatype=XSD.nonNegativeInteger)))
        if licence and licence.url:
            add((distribution, DCTERMS.license, URIRef(licence.url)))
    return node


def _publisher(graph: Graph, name: str, homepage: str) -> BNode:
    agent = BNode()
    graph.add((agent, RDF.type, FOAF.Organization))
    graph.add((agent, FOAF.name, Literal(name)))
    if homepage:
        graph.add((agent, FOAF.homepage, URIRef(homepage)))
    return agent
