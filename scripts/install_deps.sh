#!/usr/bin/env bash
# Installs what RAL Zuid needs on Debian 12: QGIS 3.22 LTR with Python, the scientific stack
# from Debian (never from pip: pip's numpy 2 breaks GDAL), Qt tools, test helpers and PostgreSQL + PostGIS.
# Only packages that are missing are installed, so a second run is quick.
set -euo pipefail

APT_PACKAGES=(
  qgis python3-qgis qgis-providers libqca-qt5-2-plugins fonts-dejavu-core
  python3-geopandas python3-pandas python3-numpy python3-scipy python3-openpyxl python3-requests
  python3-jsonschema python3-venv python3-pip python3-matplotlib
  pyqt5-dev-tools qttools5-dev-tools
  poppler-utils xvfb xauth tinyproxy zip unzip rsync openssl
  libgdal-dev  # headers for GDAL's Python bindings in the Python 3.9 test venv (make py39-venv)
  postgresql postgresql-15-postgis-3  # the submission server's database (ral_zuid_server/; tests and demo)
)

missing=()
for package in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
    SUDO=sudo
  fi
  $SUDO apt-get update -qq
  # With recommends: QGIS needs e.g. libqca-qt5-2-plugins (authentication database) and fonts that way.
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

/usr/bin/python3 -c "import qgis.core, geopandas, openpyxl, scipy" || {
  echo "QGIS or its Python packages cannot be imported by /usr/bin/python3" >&2; exit 1; }
