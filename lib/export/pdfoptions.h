#pragma once

#include <core/language.h>

#include <QByteArray>
#include <QString>

#include <optional>

namespace Press::Export {

enum class PdfLanguage { Ru, En, Both }; // Both: Russian and English side by side
enum class PaperSize { A4, Letter };

[[nodiscard]] QString pdfLanguageCode(PdfLanguage language); // "ru", "en", "both"
[[nodiscard]] std::optional<PdfLanguage> pdfLanguageFromCode(const QString &code);
[[nodiscard]] QString paperSizeCode(PaperSize paper);       // "a4", "letter"
[[nodiscard]] std::optional<PaperSize> paperSizeFromCode(const QString &code);

// Whose PDF it is: printed in every page's header. Kept in the archive (Organisation settings),
// so that the GUI and the CLI print the same; empty fields fall back to the shipped defaults.
struct Organisation
{
    QString nameRu;
    QString nameEn;
    QByteArray logo; // PNG or JPEG bytes; empty: the logo that ships with PressDesk

    [[nodiscard]] QString name(Language language) const;
    [[nodiscard]] QByteArray logoOrDefault() const;
};

struct PdfOptions
{
    PdfLanguage language = PdfLanguage::Both;
    PaperSize paper = PaperSize::A4;
    bool digest = false;          // title page, contents, running title; else one item's layout
    bool newPagePerItem = true;   // digest items each start a page, or follow one another
    QString title;                // the digest's title; empty: "News digest" in its language
    // Photos are embedded at this resolution of their printed size: 150 as Acrobat's "Standard"
    // preset; 300 for a printing house.
    int photoDpi = 150;
    Organisation organisation;

    [[nodiscard]] bool isValid() const { return photoDpi >= 72 && photoDpi <= 600; }
};

} // namespace Press::Export
