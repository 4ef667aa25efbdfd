"""The gateway's accounts file: add a gemeente's or a reviewer's password or token, or remove an account.

    python3 -m ral_zuid_server.accounts /etc/ralzuid/accounts.json password eindhoven --gemeente GM0772
    python3 -m ral_zuid_server.accounts /etc/ralzuid/accounts.json password beoordelaar --reviewer
    python3 -m ral_zuid_server.accounts /etc/ralzuid/accounts.json token eindhoven-sync --gemeente GM0772
    python3 -m ral_zuid_server.accounts /etc/ralzuid/accounts.json remove eindhoven

The password is asked twice (or read from standard input when that is not a terminal); only its PBKDF2 hash is
written. A token is made here, printed once, and only its SHA-256 is written. The file is written atomically with
mode 0600. Standard library only.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import tempfile
from pathlib import Path

from ral_zuid_server.gate import AccountError, Accounts, hash_password, new_token


def _load(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return list(json.loads(path.read_text(encoding="utf-8")).get("accounts", []))


def _save(path: Path, entries: list[dict]) -> None:
    Accounts(entries)  # refuses a broken entry before anything is written
    handle, temporary = tempfile.mkstemp(dir=str(path.parent), prefix=".accounts-")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        json.dump({"accounts": entries}, stream, indent=1)
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)


def _password() -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass("Password: ")
    if first != getpass.getpass("Again: "):
        raise AccountError("the passwords differ")
    return first


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m ral_zuid_server.accounts", description=__doc__.split("\n")[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("action", choices=["password", "token", "remove"])
    parser.add_argument("user")
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--gemeente", help="CBS code, e.g. GM0772")
    who.add_argument("--reviewer", action="store_true", help="an account of the expertisecentrum's reviewers")
    args = parser.parse_args(argv)
    entries = [e for e in _load(args.file) if not (e.get("user") == args.user and args.action != "token")]
    try:
        if args.action != "remove":
            if not args.gemeente and not args.reviewer:
                parser.error("--gemeente GMxxxx or --reviewer")
            entry = {"user": args.user, "role": "beoordelaar" if args.reviewer else "gemeente"}
            if args.gemeente:
                entry["gemeentecode"] = args.gemeente.upper()
            if args.action == "password":
                password = _password()
                if len(password) < 12:
                    raise AccountError("a password has at least 12 characters")
                entry["password"] = hash_password(password)
            else:
                token, digest = new_token()
                entry["token_sha256"] = digest
                print(token)  # shown once; only its hash is kept
            entries.append(entry)
        _save(args.file, entries)
    except AccountError as error:
        print(f"{args.file}: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
