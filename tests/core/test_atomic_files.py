"""Finished outputs get the permissions of any new file, not mkstemp's owner-only 0600."""

from __future__ import annotations

import os
import stat
import tempfile

from ral_zuid_plugin.core.atomic_files import publish


def test_publish_moves_the_file_with_normal_permissions(tmp_path):
    target = tmp_path / "plankaart.pdf"
    target.write_text("old")
    handle, temporary = tempfile.mkstemp(dir=tmp_path, suffix=".pdf")
    with os.fdopen(handle, "w") as stream:
        stream.write("new")
    assert stat.S_IMODE(os.stat(temporary).st_mode) == 0o600  # what mkstemp gives
    previous = os.umask(0o022)
    try:
        publish(temporary, target)
    finally:
        os.umask(previous)
    assert target.read_text() == "new"
    assert not os.path.exists(temporary)
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o644  # 0666 minus umask 022, worked by hand
