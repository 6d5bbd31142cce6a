// Test tools must not download their own browsers here: Debian's chromium and firefox-esr are used instead.
module.exports = { skipDownload: true };
