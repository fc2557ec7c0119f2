"""The tone models: `tone train --data DIR` trains on SmSA's train split (and the forum's corrections, once
there are any), evaluates on its valid split and makes the new version current; `tone list` shows every
version with its macro-F1; `tone use VERSION` rolls back (or forward) to one of them."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from sinergi.monitoring import tone, tone_store


class Command(BaseCommand):
    help = "Train, list and choose the tone model of media monitoring."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        train = actions.add_parser("train")
        train.add_argument("--data", default=str(settings.TONE_TRAINING_DIR),
                           help="a folder with SmSA's train_preprocess.tsv and valid_preprocess.tsv")  # fmt: skip
        train.add_argument("--output", help="write the model here instead of var/ (how the shipped model is made)")
        actions.add_parser("list")
        use = actions.add_parser("use")
        use.add_argument("version")

    def handle(self, *args, action, **options):
        if action == "list":
            for entry in tone_store.versions():
                macro = entry["evaluation"].get("macro_f1", "?")
                self.stdout.write(f"{'*' if entry['current'] else ' '} {entry['version']}  macro-F1 {macro}")
            if not tone_store.current_version():
                self.stdout.write("* the model the project ships")
            return
        if action == "use":
            try:
                tone_store.use(options["version"])
            except ValueError as error:
                raise CommandError(str(error)) from None
            self.stdout.write(f"Now using {options['version']}.")
            return
        folder = Path(options["data"])
        train_file, valid_file = folder / "train_preprocess.tsv", folder / "valid_preprocess.tsv"
        if not train_file.exists() or not valid_file.exists():
            raise CommandError(f"{folder} has no train_preprocess.tsv and valid_preprocess.tsv (SmSA).")
        texts, labels = tone.read_tsv(train_file)
        model = tone.train(texts, labels, tone_store.new_version("smsa"))
        model.evaluation = {"split": "SmSA valid", **tone.evaluate(model, *tone.read_tsv(valid_file)),
                            "trained_on": len(texts)}  # fmt: skip
        if options.get("output"):
            Path(options["output"]).write_bytes(model.to_json())
            self.stdout.write(f"Wrote {options['output']}: macro-F1 {model.evaluation['macro_f1']}.")
            return
        tone_store.save(model)
        self.stdout.write(f"Trained {model.version}: macro-F1 {model.evaluation['macro_f1']} on SmSA valid; in use.")
