# CPack settings for the Debian package (cpack -G DEB in the build dir; scripts/package-check builds, installs and
# checks it). Included from the top-level CMakeLists.txt right before include(CPack).
set(CPACK_PACKAGE_NAME infradeck)
set(CPACK_PACKAGE_VENDOR "The Infradeck developers")
set(CPACK_PACKAGE_CONTACT "Infradeck maintainers <maintainers@infradeck.example.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY infradeck)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)

set(CPACK_DEBIAN_PACKAGE_NAME infradeck)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The extended description: one space of indent per continuation line, " ." for an empty line (deb-control(5)).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${PROJECT_DESCRIPTION}
 Infradeck is a native desktop control panel for operators who run
 infrastructure as code: review OpenTofu/Terraform plans before apply,
 browse state per environment, edit SOPS/age credentials without
 plaintext on disk, watch Hetzner costs and Prometheus telemetry and
 reach hosts over SSH. Local-first: no account, no upload.
 .
 The package contains the infradeck application, the infradeck-cli
 command line tool, French and German translations and a demo workspace.")
# Libraries the binaries link: found by dpkg-shlibdeps.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time as plugins, invisible to dpkg-shlibdeps: the xcb/wayland/offscreen platform plugins and the
# SVG icon engine and image format (libqsvgicon.so, libqsvg.so are in libqt6svg6).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
# gnome-keyring: the Secret Service behind the keychain; qt6-translations-l10n: Qt's own dialogs in French and
# German; openssh-client: ssh-agent and ssh-keygen for the host keys libssh uses; age: making and rotating age keys.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, qt6-translations-l10n, openssh-client, age")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
