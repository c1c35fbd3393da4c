#include "ExtractFiles.h"

#include <QDir>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace bs {

namespace {

Status writePdf(const CitizenExtractData& data, const QString& path) {
    QFile::remove(path);
    QFile file(path);
    // Permissions first, so the content is never readable by others.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Status::failure(CitizenExtract::tr("Could not write %1: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(CitizenExtract::tr("Extract of personal data"));
        pdf.setCreator(QStringLiteral("Bostøtte"));
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(20, 18, 20, 18), QPageLayout::Millimeter));
        QTextDocument doc;
        doc.setHtml(CitizenExtract::toHtml(data));
        doc.print(&pdf);
    }
    file.close();
    if (file.error() != QFileDevice::NoError || file.size() == 0) {
        QFile::remove(path);
        return Status::failure(CitizenExtract::tr("Could not write %1: %2")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return Status::success();
}

} // namespace

Result<QStringList> writeExtractFiles(const CitizenExtractData& data, const QString& folder) {
    using R = Result<QStringList>;
    if (folder.isEmpty() || !QDir(folder).exists())
        return R::failure(CitizenExtract::tr("The folder %1 does not exist.")
                              .arg(QDir::toNativeSeparators(folder)));
    const QString base = QDir(folder).filePath(CitizenExtract::baseName(data));
    const QString pdf = base + QStringLiteral(".pdf");
    const QString json = base + QStringLiteral(".json");
    if (auto s = writePdf(data, pdf); !s)
        return R(s.error());
    if (auto s = CitizenExtract::writePrivateFile(
            json, CitizenExtract::toJson(data).toJson(QJsonDocument::Indented));
        !s)
        return R(s.error());
    return QStringList{pdf, json};
}

} // namespace bs
