"""The tone of a text (positive, neutral, negative): a linear model over word and word-pair TF-IDF features,
trained by the project on SmSA (IndoNLU's Indonesian sentiment set, Apache-2.0) plus the forum's own
corrections.

Training needs scikit-learn (`train`); predicting does not: a model is a plain JSON file (vocabulary, idf,
weights), read without unpickling anything, and `Model.predict` computes what scikit-learn's pipeline would,
to the last decimal that matters. Why this model and not another: docs/monitoring.md.

Texts are normalised as SmSA's were (lower-cased, words and punctuation apart), and a negating word is glued
to the next ("tidak puas" -> "tidak_puas"), which helps most on negative texts.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from dataclasses import dataclass

CLASSES = ("negative", "neutral", "positive")
NEGATORS = frozenset({"tidak", "bukan", "kurang", "belum", "jangan", "tak", "gak", "ga", "nggak", "enggak", "tdk",
                      "engga", "gk"})  # fmt: skip
MAX_CHARS = 20_000  # of one text: a mention's sentence or a story's lead, never a whole page
_TOKEN = re.compile(r"\w+|[^\w\s]")


def tokens(text: str) -> list[str]:
    """Lower-cased words and punctuation, negators glued to the word they negate."""
    raw = _TOKEN.findall(text[:MAX_CHARS].lower())
    out, index = [], 0
    while index < len(raw):
        if raw[index] in NEGATORS and index + 1 < len(raw):
            out.append(f"{raw[index]}_{raw[index + 1]}")
            index += 2
        else:
            out.append(raw[index])
            index += 1
    return out


def features(text: str) -> list[str]:
    words = tokens(text)
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


@dataclass
class Model:
    version: str
    vocabulary: dict[str, int]
    idf: list[float]
    weights: list[list[float]]  # per class, per feature
    intercepts: list[float]
    classes: tuple[str, ...] = CLASSES
    evaluation: dict | None = None

    def scores(self, text: str) -> list[float]:
        counts: dict[int, int] = {}
        for term in features(text):
            index = self.vocabulary.get(term)
            if index is not None:
                counts[index] = counts.get(index, 0) + 1
        values = {i: (1 + math.log(n)) * self.idf[i] for i, n in counts.items()}  # sublinear tf × idf
        norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
        return [sum(w[i] * v for i, v in values.items()) / norm + b for w, b in zip(self.weights, self.intercepts,
                                                                                     strict=True)]  # fmt: skip

    def predict(self, text: str) -> str:
        scores = self.scores(text)
        return self.classes[max(range(len(scores)), key=scores.__getitem__)]

    def to_json(self) -> bytes:
        body = {"format": "sinergi-tone-1", "version": self.version, "classes": list(self.classes),
                "vocabulary": self.vocabulary, "idf": [round(x, 6) for x in self.idf],
                "weights": [[round(x, 6) for x in row] for row in self.weights],
                "intercepts": [round(x, 6) for x in self.intercepts], "evaluation": self.evaluation}  # fmt: skip
        return gzip.compress(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode(), mtime=0)

    @classmethod
    def from_json(cls, data: bytes) -> Model:
        try:
            body = json.loads(gzip.decompress(data))
        except (OSError, EOFError, ValueError):
            body = None
        if not isinstance(body, dict) or body.get("format") != "sinergi-tone-1":
            raise ValueError("not a Sinergi tone model")
        return cls(body["version"], body["vocabulary"], body["idf"], body["weights"], body["intercepts"],
                   tuple(body["classes"]), body.get("evaluation"))  # fmt: skip


def train(texts: list[str], labels: list[str], version: str) -> Model:
    """Fit the model (scikit-learn, imported only here: predicting never needs it)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC

    vectorizer = TfidfVectorizer(analyzer=features, min_df=2, sublinear_tf=True)
    matrix = vectorizer.fit_transform(texts)
    classifier = LinearSVC(C=1.0, class_weight="balanced").fit(matrix, labels)
    order = [list(classifier.classes_).index(name) for name in CLASSES]
    vocabulary = {term: int(index) for term, index in vectorizer.vocabulary_.items()}
    return Model(version, vocabulary, [float(x) for x in vectorizer.idf_],
                 [[float(x) for x in classifier.coef_[i]] for i in order],
                 [float(classifier.intercept_[i]) for i in order])  # fmt: skip


def evaluate(model: Model, texts: list[str], labels: list[str]) -> dict:
    """Macro-F1 and per-class precision, recall and F1."""
    predicted = [model.predict(text) for text in texts]
    per_class = {}
    for name in CLASSES:
        tp = sum(1 for p, y in zip(predicted, labels, strict=True) if p == y == name)
        fp = sum(1 for p, y in zip(predicted, labels, strict=True) if p == name != y)
        fn = sum(1 for p, y in zip(predicted, labels, strict=True) if y == name != p)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[name] = {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
                           "support": tp + fn}  # fmt: skip
    macro = sum(entry["f1"] for entry in per_class.values()) / len(CLASSES)
    accuracy = sum(1 for p, y in zip(predicted, labels, strict=True) if p == y) / len(labels) if labels else 0.0
    return {"macro_f1": round(macro, 4), "accuracy": round(accuracy, 4), "classes": per_class, "documents": len(labels)}


def read_tsv(path) -> tuple[list[str], list[str]]:
    """SmSA's layout: text<TAB>label per line."""
    texts, labels = [], []
    with open(path, encoding="utf-8") as source:
        for line in source:
            if line.strip():
                text, _tab, label = line.rstrip("\n").rpartition("\t")
                if label in CLASSES:
                    texts.append(text)
                    labels.append(label)
    return texts, labels
