"""The files a git revision changed (``validate --changed-since``); which claims they touch is
``sources.changed``."""
from __future__ import annotations

import subprocess
from pathlib import Path

from reconcile.errors import InputError, escape


def changed_files(root: Path, since: str) -> set[str]:
    """Files under the project that differ from git revision ``since`` (committed, staged,
    unstaged or untracked), as paths relative to the project root."""
    def git(*args: str, nul: bool = False) -> list[str]:
        try:
            done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=False)
        except FileNotFoundError as exc:
            raise InputError("--changed-since needs git, which is not installed") from exc
        if done.returncode != 0:
            said = (done.stderr.strip().splitlines() or ["no message"])[-1]
            outside = "not a git repository" in said
            hint = ("run it inside the git repository that holds the project" if outside else
                    f"{since!r} is not in this clone's history: fetch it first (git fetch origin main, or the "
                    "whole history: actions/checkout with fetch-depth: 0, as a shallow clone has one commit), "
                    "or give a revision of this repository, e.g. origin/main or HEAD~1")
            raise InputError(f"git cannot compare with {since!r}: {said}", hint=hint)
        # -z: each path as it is, NUL-ended (not quoted with octal escapes: "sources/migraci\\303\\263n.yaml")
        return [line for line in (done.stdout.split("\0") if nul else done.stdout.splitlines()) if line]

    if not since or since.startswith("-") or any(ord(c) < 32 or ord(c) == 127 for c in since):
        raise InputError(f"--changed-since {escape(since)!r} is not a git revision", field="--changed-since",
                         hint="give a revision of this repository, e.g. origin/main or HEAD~1"
                              + ("" if since else " (an empty one: is the variable that should give it set?)"))
    prefix = git("rev-parse", "--show-prefix")
    prefix_text = prefix[0] if prefix else ""
    # the revision comes after --end-of-options: whatever it says, git reads it as a revision
    commit = git("rev-parse", "--verify", "--end-of-options", f"{since}^{{commit}}")
    paths = (git("diff", "-z", "--name-only", "--no-ext-diff", "--no-textconv", "--end-of-options", commit[0], "--",
                 ".", nul=True)
             + git("ls-files", "-z", "--others", "--exclude-standard", "--", ".", nul=True))
    return {p[len(prefix_text):] if p.startswith(prefix_text) else p for p in paths}

