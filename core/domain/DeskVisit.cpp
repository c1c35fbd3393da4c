#include "DeskVisit.h"

#include "Enums.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bs {

template <> std::span<const EnumEntry<DeskTopic>> enumEntries<DeskTopic>() {
    static const EnumEntry<DeskTopic> table[] = {
        {DeskTopic::EBoks, "eboks", QT_TRANSLATE_NOOP("Enum", "e-Boks")},
        {DeskTopic::MitId, "mitid", QT_TRANSLATE_NOOP("Enum", "MitID")},
        {DeskTopic::NetBank, "netbank", QT_TRANSLATE_NOOP("Enum", "Online banking")},
        {DeskTopic::Authority, "authority", QT_TRANSLATE_NOOP("Enum", "Contact with an authority")},
        {DeskTopic::Structure, "structure", QT_TRANSLATE_NOOP("Enum", "Structure/calendar")},
        {DeskTopic::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other")},
    };
    return table;
}

ValidationErrors DeskVisit::validate() const {
    ValidationErrors e;
    if (siteId.isNull())
        e.add(QStringLiteral("site"), tr("Site"), tr("choose the site"));
    if (!arrivedUtc.isValid())
        e.add(QStringLiteral("arrived"), tr("Arrived"), tr("is required"));
    if (startedUtc.isValid() && arrivedUtc.isValid() && startedUtc < arrivedUtc)
        e.add(QStringLiteral("started"), tr("Started"), tr("cannot be before the arrival"));
    if (endedUtc.isValid() && !startedUtc.isValid())
        e.add(QStringLiteral("ended"), tr("Ended"), tr("the visit has not started"));
    if (endedUtc.isValid() && startedUtc.isValid() && endedUtc < startedUtc)
        e.add(QStringLiteral("ended"), tr("Ended"), tr("cannot be before the start"));
    checkText(e, QStringLiteral("note"), tr("Note"), note, TextKind::Line);
    return e;
}

qint64 DeskVisit::waitingSeconds(const QDateTime& nowUtc) const {
    if (!arrivedUtc.isValid())
        return 0;
    return qMax<qint64>(0, arrivedUtc.secsTo(startedUtc.isValid() ? startedUtc : nowUtc));
}

qint64 DeskVisit::visitSeconds(const QDateTime& nowUtc) const {
    if (!startedUtc.isValid())
        return 0;
    return qMax<qint64>(0, startedUtc.secsTo(endedUtc.isValid() ? endedUtc : nowUtc));
}

QString topicsToJson(const QList<DeskTopic>& topics) {
    QJsonArray a;
    for (DeskTopic t : topics)
        a.append(toCode(t));
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<DeskTopic> topicsFromJson(const QString& json) {
    QList<DeskTopic> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array())
        if (auto t = fromCode<DeskTopic>(v.toString()))
            out << *t;
    return out;
}

} // namespace bs
