"""Drives LibreOffice (headless, through Python-UNO) for the DOCX tests.

Usage: python3 libreoffice.py JOBS.json  — JOBS is a list of
  {"input": path, "action": "accept" | "reject" | "none",
   "edit": optional {"replace": [[old, new], ...], "deleteParagraphContaining": text} (recorded as changes),
   "save": optional [{"path": ..., "filter": "MS Word 2007 XML" | "writer8" | "writer_pdf_Export"}]}
Prints one JSON object per job: {"paragraphs": [...]} — the text of every
paragraph after the action (tabs as "\t"). LibreOffice runs with its own
temporary profile and listens on a named pipe (no network port).
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect():
    pipe = "motion_redline_%d" % os.getpid()
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    proc = subprocess.Popen(
        [
            "soffice", "--headless", "--invisible", "--nologo", "--norestore", "--nodefault",
            "-env:UserInstallation=file://" + profile,
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
        ],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(240):
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            return proc, profile, ctx
        except Exception:
            time.sleep(0.25)
    proc.kill()
    raise SystemExit("LibreOffice did not start")


def paragraphs(doc):
    out = []
    enum = doc.getText().createEnumeration()
    while enum.hasMoreElements():
        element = enum.nextElement()
        if element.supportsService("com.sun.star.text.Paragraph"):
            out.append(element.getString())
    return out


def edit(doc, spec):
    doc.RecordChanges = True
    for old, new in spec.get("replace", []):
        search = doc.createReplaceDescriptor()
        search.SearchString = old
        search.ReplaceString = new
        search.SearchCaseSensitive = True
        doc.replaceAll(search)
    needle = spec.get("deleteParagraphContaining")
    if needle:
        enum = doc.getText().createEnumeration()
        while enum.hasMoreElements():
            element = enum.nextElement()
            if element.supportsService("com.sun.star.text.Paragraph") and needle in element.getString():
                cursor = doc.getText().createTextCursorByRange(element.getStart())
                cursor.gotoEndOfParagraph(True)
                cursor.goRight(1, True)  # the paragraph mark as well
                cursor.setString("")
                break


def main():
    jobs = json.load(open(sys.argv[1], encoding="utf-8"))
    proc, profile, ctx = connect()
    try:
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
        results = []
        for job in jobs:
            url = uno.systemPathToFileUrl(os.path.abspath(job["input"]))
            doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
            frame = doc.getCurrentController().getFrame()
            action = job.get("action", "none")
            if action == "accept":
                dispatcher.executeDispatch(frame, ".uno:AcceptAllTrackedChanges", "", 0, ())
            elif action == "reject":
                dispatcher.executeDispatch(frame, ".uno:RejectAllTrackedChanges", "", 0, ())
            if "edit" in job:
                edit(doc, job["edit"])
            for target in job.get("save", []):
                doc.storeToURL(
                    uno.systemPathToFileUrl(os.path.abspath(target["path"])),
                    (prop("FilterName", target["filter"]),),
                )
            results.append({"paragraphs": paragraphs(doc), "redlines": doc.getRedlines().getCount()})
            doc.close(True)
        print(json.dumps(results, ensure_ascii=False))
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            proc.wait(timeout=20)
        except Exception:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)


main()
