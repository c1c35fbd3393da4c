#include "XlsxExport.h"

#include "domain/SpreadsheetText.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>
#include <algorithm>
#include <xlsxwriter.h>

namespace bs {

namespace {

struct WorkbookCloser {
    lxw_workbook* book = nullptr;
    ~WorkbookCloser() {
        if (book)
            workbook_close(book);
    }
    lxw_error close() {
        const lxw_error error = workbook_close(book);
        book = nullptr;
        return error;
    }
};

QByteArray utf8(const QString& text) {
    return text.toUtf8();
}

const char* numberFormat(const ReportColumn& c) {
    switch (c.type) {
    case ColumnType::Integer:
        return "#,##0";
    case ColumnType::Decimal:
        return c.decimals <= 0 ? "#,##0" : (c.decimals == 1 ? "#,##0.0" : "#,##0.00");
    case ColumnType::Percent:
        return c.decimals <= 0 ? "0\" %\"" : "0.0\" %\"";
    case ColumnType::Date:
        return "yyyy-mm-dd";
    case ColumnType::Month:
        return "mmm yyyy";
    case ColumnType::Text:
        return "@";
    }
    return "General";
}

} // namespace

QString XlsxExport::sheetName(const QString& title, const QStringList& taken) {
    static const QRegularExpression forbidden(QStringLiteral("[\\[\\]:*?/\\\\]"));
    QString base = title;
    base.replace(forbidden, QStringLiteral(" "));
    base = base.simplified();
    if (base.isEmpty())
        base = QStringLiteral("Ark");
    QString name = base.left(31);
    for (int n = 2; taken.contains(name, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = base.left(31 - suffix.size()) + suffix;
    }
    return name;
}

Status XlsxExport::write(const QString& path, const QList<ReportTable>& tables) {
    if (tables.isEmpty())
        return Status::failure(tr("There is nothing to export."));
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return Status::failure(tr("The folder %1 does not exist.")
                                   .arg(QDir::toNativeSeparators(target.absolutePath())));
    const QString temporary = target.absoluteFilePath() + QStringLiteral(".") +
                              QUuid::createUuid().toString(QUuid::Id128).left(8) +
                              QStringLiteral(".tmp");
    const QByteArray temporaryName = QFile::encodeName(temporary);

    WorkbookCloser closer;
    closer.book = workbook_new(temporaryName.constData());
    if (!closer.book)
        return Status::failure(
            tr("Could not create %1.").arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    lxw_workbook* book = closer.book;
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    format_set_text_wrap(bold);

    QStringList taken;
    for (const ReportTable& table : tables) {
        const QString name = sheetName(table.title, taken);
        taken << name;
        const QByteArray sheetNameUtf8 = utf8(name);
        lxw_worksheet* sheet = workbook_add_worksheet(book, sheetNameUtf8.constData());
        if (!sheet)
            return Status::failure(tr("Could not add the sheet %1.").arg(name));

        QList<lxw_format*> formats;
        for (int c = 0; c < table.columns.size(); ++c) {
            lxw_format* f = workbook_add_format(book);
            format_set_num_format(f, numberFormat(table.columns[c]));
            formats << f;
            worksheet_write_string(sheet, 0, lxw_col_t(c), utf8(table.columns[c].label).constData(),
                                   bold);
            double width = std::max<double>(10, table.columns[c].label.size() + 2);
            for (const QVariantList& row : table.rows)
                width = std::max<double>(width, row.value(c).toString().size() + 2);
            worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::min(width, 60.0), nullptr);
        }
        worksheet_freeze_panes(sheet, 1, 0);
        for (int r = 0; r < table.rows.size(); ++r) {
            const lxw_row_t row = lxw_row_t(r + 1);
            for (int c = 0; c < table.columns.size(); ++c) {
                const QVariant v = table.rows[r].value(c);
                if (v.isNull())
                    continue;
                const lxw_col_t col = lxw_col_t(c);
                switch (table.columns[c].type) {
                case ColumnType::Integer:
                case ColumnType::Decimal:
                case ColumnType::Percent:
                    worksheet_write_number(sheet, row, col, v.toDouble(), formats[c]);
                    break;
                case ColumnType::Date:
                case ColumnType::Month: {
                    const QDate d = v.toDate();
                    lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
                    worksheet_write_datetime(sheet, row, col, &dt, formats[c]);
                    break;
                }
                case ColumnType::Text:
                    // A string cell is not evaluated when the file opens, but it becomes a
                    // formula once someone edits it and presses Enter; the apostrophe keeps it
                    // text (libxlsxwriter 1.1.4 has no quote-prefix format).
                    worksheet_write_string(sheet, row, col,
                                           utf8(neutralizeFormula(v.toString())).constData(),
                                           nullptr);
                    break;
                }
            }
        }
    }
    if (const lxw_error error = closer.close(); error != LXW_NO_ERROR) {
        QFile::remove(temporary);
        return Status::failure(tr("Could not write %1: %2")
                                   .arg(QDir::toNativeSeparators(target.absoluteFilePath()),
                                        QString::fromUtf8(lxw_strerror(error))));
    }
    if (QFile::exists(path) && !QFile::remove(path)) {
        QFile::remove(temporary);
        return Status::failure(tr("Could not replace %1: is it open in another program?")
                                   .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    }
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return Status::failure(
            tr("Could not write %1.").arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    }
    return Status::success();
}

} // namespace bs
