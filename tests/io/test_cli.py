"""The `dotterel` command: exit codes, bad input, formats, stdin, explain."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from click.testing import CliRunner

from dotterel.cli import main
from dotterel.contract import problems

STORY = "Russia expelled two Estonian diplomats on Monday, the foreign ministry in Moscow said."


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def test_bad_records_are_named_the_rest_coded_and_exit_is_1(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(
        (json.dumps({"id": "ok1", "text": STORY, "published": "2024-02-07"}) + "\n").encode()
        + b"{broken json\n"
        + (json.dumps({"id": "notext"}) + "\n").encode()
        + b'{"id": "latin", "text": "caf\xe9"}\n'
        + (
            json.dumps(
                {
                    "id": "ok2",
                    "text": "Iran criticised Israel on Tuesday.",
                    "published": "2024-02-07",
                }
            )
            + "\n"
        ).encode()
    )
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "big.txt").write_text("Russia criticised NATO. " * 400)
    res = run("code", str(tmp_path), "--max-bytes", "5000")
    assert res.exit_code == 1
    err = res.stderr
    assert "feed.jsonl:2" in err and "not valid JSON" in err
    assert "feed.jsonl:3" in err and "no 'text'" in err
    assert "feed.jsonl:4" in err and "UTF-8" in err
    assert "empty.txt" in err and "empty file" in err
    assert "big.txt" in err and "limit" in err
    ids = {json.loads(x)["article_id"] for x in res.stdout.splitlines()}
    assert {"ok1", "ok2"} <= ids


def test_non_english_text_is_reported_and_skipped(tmp_path):
    (tmp_path / "fr.txt").write_text(
        "Le gouvernement français a annoncé mardi de nouvelles sanctions contre la Russie, "
        "a indiqué le ministère des Affaires étrangères dans un communiqué publié à Paris."
    )
    res = run("code", str(tmp_path / "fr.txt"))
    assert res.exit_code == 1 and "English" in res.stderr and res.stdout == ""


def test_text_in_another_script_is_reported_and_skipped(tmp_path):
    # Chinese puts no spaces between words: the sentence is too few "words" to judge by
    # English words, but its letters are not Latin
    (tmp_path / "zh.txt").write_text("外交部长周二在北京会见了来访的代表团，双方同意加强合作。")
    (tmp_path / "ru.txt").write_text("Министр иностранных дел во вторник встретился с делегацией.")
    res = run("code", str(tmp_path), "--published", "2024-02-07")
    assert res.exit_code == 1 and res.stdout == ""
    assert "zh.txt" in res.stderr and "ru.txt" in res.stderr and "not Latin" in res.stderr


def _workers_of(pid: int) -> list[int]:
    kids = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [int(k) for k in kids if b"spawn_main" in Path(f"/proc/{k}/cmdline").read_bytes()]


def test_a_run_stopped_with_sigterm_leaves_no_file_or_worker_behind(tmp_path):
    # `kill` (or a scheduler's time limit) stops a run writing to -o with two workers: like
    # Ctrl-C, it must not leave the atomic output's temporary file in the folder, nor its
    # worker processes running with no one to give them work
    out = tmp_path / "events.jsonl"
    cmd = [sys.executable, "-c", "from dotterel.cli import main; main()", "code", "-", "-o", str(out),
           "--published", "2024-02-07", "--no-progress", "-j", "2"]  # fmt: skip
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdout=subprocess.DEVNULL, cwd=root, text=True)  # fmt: skip
    guard = threading.Timer(600, proc.kill)  # only against a hang
    guard.start()
    try:
        proc.stdin.write(STORY)  # stdin stays open: the run waits for the rest of its input
        proc.stdin.flush()
        while proc.poll() is None and not (
            list(tmp_path.iterdir()) and len(_workers_of(proc.pid)) == 2
        ):
            time.sleep(0.1)  # wait for the output's temporary file and the two workers
        workers = _workers_of(proc.pid)
        assert [p.name for p in tmp_path.iterdir()][0].startswith(".events.jsonl.")
        os.kill(proc.pid, signal.SIGTERM)
        proc.wait()
    finally:
        guard.cancel()
        proc.stdin.close()
        proc.stderr.close()
    assert proc.returncode == 128 + signal.SIGTERM
    assert list(tmp_path.iterdir()) == []
    assert not [w for w in workers if Path(f"/proc/{w}").exists()]


def test_the_workers_of_a_run_killed_with_sigkill_end_too(tmp_path):
    # kill -9 (or the out-of-memory killer) gives no chance to clean up: the workers must
    # notice on their own, not wait for work forever holding a model each
    cmd = [sys.executable, "-c", "from dotterel.cli import main; main()", "code", "-",
           "--published", "2024-02-07", "--no-progress", "-j", "2"]  # fmt: skip
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, cwd=root)  # fmt: skip
    try:
        while proc.poll() is None and len(_workers_of(proc.pid)) < 2:
            time.sleep(0.1)
        workers = _workers_of(proc.pid)
        assert len(workers) == 2
    finally:
        proc.kill()
        proc.wait()
        proc.stdin.close()
    deadline = time.monotonic() + 600  # only against a hang: they end within seconds
    while any(Path(f"/proc/{w}").exists() for w in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [w for w in workers if Path(f"/proc/{w}").exists()]


def test_usage_errors_exit_2(tmp_path):
    assert run("code").exit_code == 2
    assert run("code", "x.txt", "--published", "last tuesday").exit_code == 2
    assert run("code", "x.txt", "--format", "xml").exit_code == 2
    assert run("eval").exit_code == 2


def test_missing_file_is_a_bad_record_not_a_crash(tmp_path):
    res = run("code", str(tmp_path / "nope.txt"))
    assert res.exit_code == 1 and "no such file" in res.stderr


def test_stdin_with_published_and_explain():
    res = run("code", "-", "--published", "2024-02-07", "--explain", input=STORY)
    assert res.exit_code == 0, res.stderr
    (ev,) = [json.loads(x) for x in res.stdout.splitlines()]
    assert problems(ev) == []
    assert ev["article_id"] == "stdin" and ev["type"] == "SANCTION"
    assert ev["date"]["start"] == "2024-02-05"
    assert ev["explain"]["pattern"] and ev["explain"]["path"] and "source" in ev["explain"]


def test_csv_output_and_articles_file(tmp_path):
    (tmp_path / "a.txt").write_text(STORY)
    out, arts = tmp_path / "ev.csv", tmp_path / "arts.jsonl"
    res = run("code", str(tmp_path / "a.txt"), "--published", "2024-02-07", "-o", str(out),
              "--articles", str(arts))  # fmt: skip
    assert res.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert rows[0]["type"] == "SANCTION" and rows[0]["source_country"] == "RUS"
    (art,) = [json.loads(x) for x in arts.read_text().splitlines()]
    assert art["id"] == "a" and art["events"] == 1 and art["actors"]


def test_no_progress_bar_when_stderr_is_not_a_terminal(tmp_path):
    for i in range(8):
        (tmp_path / f"s{i}.txt").write_text(STORY)
    res = run("code", str(tmp_path), "--published", "2024-02-07")
    assert res.exit_code == 0 and res.stderr == ""


def test_show_and_actors_commands(tmp_path):
    p = tmp_path / "ev.jsonl"
    res = run("code", "-", "--published", "2024-02-07", input=STORY)
    p.write_text(res.stdout)
    shown = run("show", str(p))
    assert shown.exit_code == 0 and "SANCTION" in shown.stdout
    got = run("actors", "Nigerian President Olusegun Obasanjo met Russian troops.", "--json",
              "--published", "2004-01-01")  # fmt: skip
    rows = [json.loads(x) for x in got.stdout.splitlines()]
    assert any(r["code"] == "NGAGOV" for r in rows)
    assert any(r["code"] == "RUSMIL" for r in rows)


def test_help_teaches():
    res = run("code", "--help")
    assert res.exit_code == 0 and "Examples" in res.stdout and "--published" in res.stdout


def _commands(group, path=()):
    for name, cmd in group.commands.items():
        yield (*path, name)
        if hasattr(cmd, "commands"):
            yield from _commands(cmd, (*path, name))


def test_every_command_has_examples_in_its_help():
    # a new user's first stop is --help: each command shows how it is called
    for path in _commands(main):
        res = run(*path, "--help")
        assert res.exit_code == 0, path
        assert "Examples:" in res.stdout and f"dotterel {' '.join(path)} " in res.stdout, path


def test_show_names_lines_that_are_no_events_and_shows_the_rest(tmp_path):
    good = run("code", "-", "--published", "2024-02-07", input=STORY).stdout
    p = tmp_path / "ev.jsonl"
    p.write_bytes(
        b'{"bad json\n'
        + good.encode()
        + b"Peru \xff recalled\n"
        + (json.dumps({"id": "a1", "text": STORY}) + "\n").encode()
    )
    res = run("show", str(p))
    assert res.exit_code == 1 and "SANCTION" in res.stdout
    assert "ev.jsonl:1: not valid JSON" in res.stderr
    assert "ev.jsonl:3: invalid UTF-8" in res.stderr
    assert "ev.jsonl:4: not an event" in res.stderr
