#!/usr/bin/env bash
# Installs the Debian 12 packages PressDesk needs to build, run and test, if any are missing.
# Sourced or run by scripts/run.sh and scripts/test.sh; safe to run again.
set -euo pipefail

packages=(
    g++ cmake ninja-build pkg-config          # compiler and build
    qt6-base-dev qt6-base-dev-tools libgl-dev # Qt 6 Core, Gui, Widgets, Sql, Network, Concurrent, Test
    libqt6sql6-sqlite libsqlite3-dev          # Qt's SQLite driver; sqlite3.h for the archive layer
    libstemmer-dev                            # Snowball stemmers (Russian, English) for search
    libexiv2-dev                              # photo metadata: EXIF, IPTC, XMP
    libhunspell-dev hunspell-ru hunspell-en-us # spell checking in the editor, Russian and English
    libssl-dev                                # SHA-256 of photos with the CPU's SHA instructions
    libjpeg-turbo-progs                       # djpeg: the reference decoder the photo benchmark compares with
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools  # lupdate/lrelease for the UI translations
    qt6-translations-l10n                     # Qt's own Russian strings (dialog buttons)
    qt6-qpa-plugins                           # the xcb platform plugin, to show windows on X11
    fonts-dejavu-core                         # Cyrillic-capable fonts for offscreen tests
    fonts-paratype                            # PT Serif / PT Sans: the PDFs' fonts, made for Cyrillic
    libcmark-dev                              # cmark: stored Markdown bodies as clean HTML (PDF, website)
    poppler-utils                             # pdftotext, pdfinfo, pdfimages: the tests read the PDFs back
    qtkeychain-qt6-dev                        # QtKeychain: websites' Application Passwords in the system keychain
    openssl                                   # the TLS test makes a self-signed certificate
    dbus gnome-keyring libsecret-1-0          # the keychain test runs a real Secret Service on a private bus
)

missing=()
for p in "${packages[@]}"; do
    [[ $p == \#* ]] && continue
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "PressDesk: installing ${missing[*]}" >&2
    sudo=""
    [[ $(id -u) -eq 0 ]] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
