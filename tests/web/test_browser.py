"""The page driven in headless Chromium, as an editor would use it; screenshots go to each test's tmp dir.

Needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver): `.ci/run`
installs them when they are missing.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ready
from selenium.webdriver.support.ui import WebDriverWait

from .conftest import ROOT, word_file

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
MB = 2**20


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    assert not missing, f"{missing} missing: apt-get install -y chromium chromium-driver (.ci/run does this)"
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--lang=en-US",
                 "--window-size=1366,900", f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    try:
        driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    except WebDriverException as e:
        raise AssertionError(f"headless Chromium did not start: {e.msg}") from None
    driver.set_page_load_timeout(120)
    yield driver
    driver.quit()


def shoot(driver, tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.png"
    assert driver.save_screenshot(str(path)), "screenshot not written"
    assert path.stat().st_size > 5000
    print(f"screenshot: {path}")
    return path


def submit(driver) -> None:
    button = driver.find_element(By.ID, "submit")
    button.click()
    # While the next page replaces this one, Chromium may answer a poll with "node does not belong to the
    # document" instead of "stale": both mean the old page is going, so the wait polls again.
    WebDriverWait(driver, 120, ignored_exceptions=(WebDriverException,)).until(ready.staleness_of(button))


def open_page(driver, server) -> None:
    driver.get(server.url)
    assert driver.title == "claimcheck"


def in_view(driver, element) -> bool:
    return driver.execute_script("const r = arguments[0].getBoundingClientRect();"
                                 "return r.top >= 0 && r.top < window.innerHeight;", element)


def alert_text(driver) -> str:
    found = driver.find_elements(By.CSS_SELECTOR, '[role="alert"]')
    assert found, f"no message on {driver.current_url} ({driver.title!r}): {driver.page_source[:600]}"
    return found[0].text


def test_pasting_the_apple_story_with_a_planted_direction_error(browser, server, apple_with_planted_error, tmp_path):
    open_page(browser, server)
    shoot(browser, tmp_path, "1-empty-form")
    textarea = browser.find_element(By.ID, "text")
    assert browser.switch_to.active_element == textarea, "the text box has the focus: paste at once"
    textarea.send_keys(apple_with_planted_error)
    submit(browser)
    marks = browser.find_elements(By.CSS_SELECTOR, "div.article mark.sev-error")
    assert [m.text for m in marks] == ["reduced", "10%", "46%"]
    assert all(m.is_displayed() for m in marks)
    shown = browser.find_element(By.CSS_SELECTOR, "div.article").text
    sentence = next(line for line in shown.splitlines() if "reduced from 10% to 46%" in line)
    assert sentence.count("reduced") == 1
    # the highlight is where the words are: its offset into the text the page shows
    text = browser.find_element(By.ID, "text").get_attribute("value")
    for mark in marks:
        at = int(mark.get_attribute("data-at"))
        assert text[at:at + len(mark.text)] == mark.text
    card = browser.find_element(By.CSS_SELECTOR, "aside li.finding.sev-error")
    assert card.find_element(By.CSS_SELECTOR, ".arithmetic").text == "46% > 10%"
    assert card.find_element(By.CSS_SELECTOR, ".advice").text.startswith("To verify: Check which figure")
    assert card.is_displayed()
    assert browser.find_element(By.ID, "published").get_attribute("value") == "2025-04-09"
    assert marks[0].value_of_css_property("background-color") != "rgba(0, 0, 0, 0)"
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", marks[0])
    shoot(browser, tmp_path, "2-direction-error-marked")

    # keyboard: a highlight is a link to its finding
    link = marks[1].find_element(By.TAG_NAME, "a")
    link.send_keys(Keys.ENTER)
    assert browser.current_url.endswith("#" + card.get_attribute("id"))

    # the filter hides errors (CSS only) and shows them again
    errors = browser.find_element(By.ID, "show-error")
    errors.send_keys(Keys.SPACE)
    assert not errors.is_selected() and not card.is_displayed()
    assert marks[0].value_of_css_property("background-color") == "rgba(0, 0, 0, 0)"
    shoot(browser, tmp_path, "3-errors-filtered-out")
    errors.send_keys(Keys.SPACE)
    assert card.is_displayed()


def test_uploading_a_word_file(browser, server, tmp_path):
    memo = word_file(tmp_path / "tariff-memo.docx", [
        "Tariffs on goods from Vietnam were reduced from 10% to 46% on Wednesday, the White House said.",
        "Six years ago, in 2019, the first round of tariffs was announced.",
    ], "Tariff memo")
    open_page(browser, server)
    browser.find_element(By.ID, "file").send_keys(str(memo))
    date = browser.find_element(By.ID, "published")
    date.send_keys("04092025")  # typed as a person would, in the en-US order the field shows
    assert date.get_attribute("value") == "2025-04-09"
    submit(browser)
    heading = browser.find_element(By.CSS_SELECTOR, "section.doc h2")
    assert heading.text == "Tariff memo"
    assert browser.current_url.endswith("/check#answer") and in_view(browser, heading), "lands on the results"
    marks = [m.text for m in browser.find_elements(By.CSS_SELECTOR, "div.article mark.sev-error")]
    assert marks[:3] == ["reduced", "10%", "46%"]
    notes = browser.find_element(By.CSS_SELECTOR, "ul.notes").text
    assert "extracted from the Word file" in notes
    shoot(browser, tmp_path, "4-word-file")


def test_an_empty_submission_says_what_to_do(browser, server, tmp_path):
    open_page(browser, server)
    submit(browser)
    assert alert_text(browser) == "Nothing to check: paste an article or choose a file."
    assert in_view(browser, browser.find_element(By.CSS_SELECTOR, '[role="alert"]'))
    assert not browser.find_elements(By.CSS_SELECTOR, "section.doc")
    assert "Traceback" not in browser.page_source
    shoot(browser, tmp_path, "5-empty")


def test_an_oversized_upload_says_the_limit(browser, server, tmp_path):
    big = tmp_path / "archive.txt"
    big.write_bytes(b"Sales rose 5% to $10 million. " * (6 * MB // 30))
    open_page(browser, server)
    browser.find_element(By.ID, "file").send_keys(str(big))
    submit(browser)
    assert alert_text(browser).startswith("The upload is 6.0 MB, over the 5 MB limit")
    assert "Traceback" not in browser.page_source
    shoot(browser, tmp_path, "6-oversized")


def test_a_file_of_the_wrong_type_says_which_types(browser, server, tmp_path):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4\n")
    open_page(browser, server)
    browser.find_element(By.ID, "file").send_keys(str(scan))
    submit(browser)
    assert alert_text(browser) == "“scan.pdf” is not an article file: choose a .md, .txt, .html or .docx file."
    shoot(browser, tmp_path, "7-wrong-type")


def test_the_html_report_file_reads_in_the_browser_and_filters_without_script(browser, tmp_path):
    dev = ROOT.parent / "shared" / "eval" / "dev"
    out = tmp_path / "dev-report.html"
    proc = subprocess.run([sys.executable, "-m", "claimcheck.cli", "check", str(dev), "--format", "html",
                           "--output", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1, proc.stderr
    browser.get(out.as_uri())
    assert browser.title == "claimcheck report"
    assert not browser.find_elements(By.TAG_NAME, "script")
    section = next(s for s in browser.find_elements(By.CSS_SELECTOR, "section.doc")
                   if "m01-direction-vietnam.md" in s.find_element(By.CSS_SELECTOR, ".meta").text)
    marks = section.find_elements(By.CSS_SELECTOR, "div.article mark.sev-error")
    assert [m.text for m in marks] == ["reduced", "10%", "46%"]
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", marks[0])
    assert all(m.is_displayed() for m in marks)
    shoot(browser, tmp_path, "8-html-report-file")
    notes = browser.find_elements(By.CSS_SELECTOR, "section.derived li.finding.sev-info")
    assert notes and notes[0].is_displayed()
    browser.find_element(By.ID, "show-info").click()
    assert not notes[0].is_displayed(), "the filter is CSS: it works in a file with no script"
    browser.find_element(By.ID, "show-info").click()
