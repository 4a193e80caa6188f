"""The README and docs/ hold together: links resolve, settings are documented, wording is the
project's own."""

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]

LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.S | re.M)
INLINE_CODE = re.compile(r"`[^`\n]*`")


def prose(path: Path) -> str:
    """The text without code blocks and inline code, where brackets are not links."""
    return INLINE_CODE.sub("", FENCE.sub("", path.read_text(encoding="utf-8")))


def anchors(path: Path) -> set[str]:
    """The heading anchors a code host generates: lower case, punctuation dropped,
    spaces to hyphens, a repeated heading numbered."""
    seen: dict[str, int] = {}
    result = set()
    for line in FENCE.sub("", path.read_text(encoding="utf-8")).splitlines():
        heading = re.match(r"#{1,6}\s+(.*)", line)
        if not heading:
            continue
        slug = re.sub(r"[^\w\- ]", "", heading.group(1).strip().lower()).replace(" ", "-")
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        result.add(slug if count == 0 else f"{slug}-{count}")
    return result


def relative_links(path: Path):
    for target in LINK.findall(prose(path)):
        if re.match(r"[a-z][a-z0-9+.-]*:", target):  # http:, https:, mailto:
            continue
        yield target


def test_the_documents_exist():
    names = {path.name for path in DOCUMENTS}
    for name in ("data-model.md", "public-site.md", "api.md", "importer.md", "opendata.md"):
        assert name in names
    for name in ("performance.md", "reliability.md", "architecture.md"):
        assert name in names


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.name)
def test_every_relative_link_resolves(document):
    broken = []
    for target in relative_links(document):
        file_part, _, anchor = target.partition("#")
        linked = (document.parent / file_part).resolve() if file_part else document
        if not linked.exists():
            broken.append(f"{target}: no such file")
        elif anchor and linked.suffix == ".md" and anchor not in anchors(linked):
            broken.append(f"{target}: no heading #{anchor} in {linked.name}")
    assert not broken, f"{document.name}: {broken}"


def test_the_link_check_finds_a_broken_link(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(
        "# Title\n\n[ok](#title) [gone](missing.md) [bad anchor](#nope) `[code](x.md)`\n"
        "```\n[fenced](y.md)\n```\n[web](https://example.org/)\n"
    )
    assert list(relative_links(page)) == ["#title", "missing.md", "#nope"]
    assert anchors(page) == {"title"}


def test_heading_anchors_follow_the_code_host():
    page = ROOT / "docs" / "performance.md"
    assert {"response-cache", "performance-at-scale", "kamerstuk-import"} <= anchors(page)


def test_every_setting_read_from_the_environment_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sources = [ROOT / "tracker" / "settings.py", ROOT / "gunicorn.conf.py"]
    pattern = re.compile(r"""(?:env_\w+|os\.environ\.get)\(\s*["']([A-Z][A-Z0-9_]+)["']""")
    names = {name for source in sources for name in pattern.findall(source.read_text())}
    assert {"DATABASE_URL", "REDIS_URL", "LOG_LEVEL", "BIND"} <= names
    missing = sorted(name for name in names if f"`{name}`" not in readme)
    assert not missing, f"not in README.md: {missing}"


def test_the_readme_stays_short():
    assert len((ROOT / "README.md").read_text(encoding="utf-8").splitlines()) <= 200


# How the code came to be written is not the reader's business, and nothing may point
# outside the repository (a fresh clone has nothing beside it).
FORBIDDEN = re.compile(r"this session|earlier session|session's changes|\.\./shared|/work/", re.I)
TEXT_SUFFIXES = {".py", ".md", ".html", ".txt", ".json", ".toml", ".cfg", ".po", ".css", ""}


def repository_files() -> list[Path]:
    """The files under version control; without git, the tree minus generated folders."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
        ).stdout
        return [ROOT / name for name in listed.decode().split("\0") if name]
    except (OSError, subprocess.CalledProcessError):
        generated = {"node_modules", "staticfiles", "__pycache__", "backups", "var", "build"}
        return [
            path
            for path in ROOT.rglob("*")
            if not any(
                part in generated or (part.startswith(".") and part != ".ci")
                for part in path.relative_to(ROOT).parts
            )
        ]


def test_no_text_speaks_of_how_it_was_written():
    offenders = []
    for path in repository_files():
        if not path.is_file() or path.suffix not in TEXT_SUFFIXES or path == Path(__file__):
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        offenders += [
            f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
            for number, line in enumerate(text.splitlines(), 1)
            if FORBIDDEN.search(line)
        ]
    assert not offenders, "\n".join(offenders)
