"""Headless Chromium for the tests and the benchmark of kg's HTML page.

Debian's chromium and chromium-driver, driven through python3-selenium
(scripts/packages.txt). Nothing is skipped: when any of them is missing,
start() raises AssertionError and the test fails.
"""

import json
import os
import shutil
import time

from kgtest import check

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def start(profile_dir, width=1280, height=800):
    """A headless Chromium with console and network logging, its profile in
    profile_dir."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError as error:
        raise AssertionError(f"python3-selenium is missing ({error}): run scripts/install-deps")
    for program in (CHROMIUM, CHROMEDRIVER):
        check(shutil.which(program) is not None,
              f"{program} is missing: run scripts/install-deps (chromium, chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--no-first-run", "--disable-extensions", "--disable-background-networking",
                     f"--window-size={width},{height}", f"--user-data-dir={profile_dir}"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)


def file_url(path):
    return "file://" + os.path.abspath(path)


def requested_urls(driver):
    """The URLs the page asked for since the last call (the DevTools
    Network.requestWillBeSent events of the performance log)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def console_errors(driver):
    """Console messages of level SEVERE (errors, CSP violations, failed loads)
    since the last call."""
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def wait_for(driver, script, timeout=60):
    """Runs `return <script>` until it gives a true value; returns that value."""
    deadline = time.monotonic() + timeout
    while True:
        value = driver.execute_script("return " + script)
        if value:
            return value
        check(time.monotonic() < deadline, f"the page never gave {script}")
        time.sleep(0.05)


def open_page(driver, path, timeout=60):
    """Loads the page from a blank tab and waits until it has drawn once
    (window.kgView). The logs hold only what the page did: those of the tab's
    earlier pages (Chromium's own new-tab page) are read and dropped."""
    driver.get("about:blank")
    driver.get_log("performance")
    driver.get_log("browser")
    driver.get(file_url(path))
    wait_for(driver, "window.kgView && window.kgView.firstDrawMs() !== null", timeout)


def click_at(driver, x, y):
    """A real mouse click (pointer down and up) at a point of the window."""
    from selenium.webdriver.common.action_chains import ActionChains
    actions = ActionChains(driver)
    actions.w3c_actions.pointer_action.move_to_location(int(round(x)), int(round(y)))
    actions.w3c_actions.pointer_action.click()
    actions.perform()
