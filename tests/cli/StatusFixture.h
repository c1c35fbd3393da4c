#pragma once
// A small hand-made caseload whose status figures are known (see the expectations in
// StatusReportTest.cpp and CliBinaryTest.cpp).
//
//   Anna    AUC Grenaa  § 85 open; individual twice (same form), virtual until 31-12-2025,
//                       counselling only from 1-12-2025 (not yet on 25-11)
//   Bo      AUC Grenaa  § 82 b 1-9-2025..28-2-2026; counselling; a deleted individual allocation
//   Cecilie Allingåbro  § 82 a open with group support in "Yngre 20+"; § 85 from 1-5-2025 with
//                       individual support (two bases)
//   Dan     (no site)   § 85 open, individual; direct member (no group allocation) of
//                       "Yngre 20+" from 1-2-2025 and of "Ældre 35+" (ended 30-6-2025)
//   Erik    Allingåbro  § 85 expired 30-6-2025 (individual); a deleted open § 85 grant; member
//                       of "Mindfulness"
//   Frida   AUC Grenaa  deleted citizen with an open § 85 grant and individual support
//   Sites: AUC Grenaa, Allingåbro, Ørsted (nobody).
#include "CliTestSupport.h"

namespace bs::clitest {

inline void buildStatusFixture(TestDb& t) {
    const QDate jan1(2025, 1, 1);
    const Site auc = t.site(QStringLiteral("AUC Grenaa"));
    const Site alling = t.site(QStringLiteral("Allingåbro"));
    t.site(QStringLiteral("Ørsted"));
    const Staff mh = t.staff(QStringLiteral("MH"), QStringLiteral("Mette Holm"));
    const SupportGroup young = t.group(QStringLiteral("Yngre 20+"), alling, mh, jan1);
    const SupportGroup older =
        t.group(QStringLiteral("Ældre 35+"), alling, mh, jan1, QDate(2025, 6, 30));
    const SupportGroup mindful = t.group(QStringLiteral("Mindfulness"), auc, mh, jan1);

    const Citizen anna = t.citizen(QStringLiteral("Anna"), auc.meta.id);
    const Grant annaGrant = t.grant(anna, LegalBasis::P85, jan1);
    t.allocation(annaGrant, SupportForm::Individual, jan1);
    t.allocation(annaGrant, SupportForm::Individual, QDate(2025, 6, 1));
    t.allocation(annaGrant, SupportForm::Virtual, QDate(2025, 3, 1), QDate(2025, 12, 31));
    t.allocation(annaGrant, SupportForm::Counselling, QDate(2025, 12, 1));

    const Citizen bo = t.citizen(QStringLiteral("Bo"), auc.meta.id);
    const Grant boGrant = t.grant(bo, LegalBasis::P82b, QDate(2025, 9, 1), QDate(2026, 2, 28));
    t.allocation(boGrant, SupportForm::Counselling, QDate(2025, 9, 1), QDate(2026, 2, 28));
    Allocation boDeleted =
        t.allocation(boGrant, SupportForm::Individual, QDate(2025, 9, 1), QDate(2026, 2, 28));
    requireOk(t.reg().setDeleted(boDeleted, true));

    const Citizen cecilie = t.citizen(QStringLiteral("Cecilie"), alling.meta.id);
    const Grant cecilieGroup = t.grant(cecilie, LegalBasis::P82a, jan1);
    t.allocation(cecilieGroup, SupportForm::Group, jan1, {}, young.meta.id); // brings membership
    const Grant cecilie85 = t.grant(cecilie, LegalBasis::P85, QDate(2025, 5, 1));
    t.allocation(cecilie85, SupportForm::Individual, QDate(2025, 5, 1));

    const Citizen dan = t.citizen(QStringLiteral("Dan"));
    const Grant danGrant = t.grant(dan, LegalBasis::P85, jan1);
    t.allocation(danGrant, SupportForm::Individual, jan1);
    t.member(young, dan, QDate(2025, 2, 1));
    t.member(older, dan, jan1, QDate(2025, 6, 30));

    const Citizen erik = t.citizen(QStringLiteral("Erik"), alling.meta.id);
    const Grant erikOld = t.grant(erik, LegalBasis::P85, QDate(2024, 1, 1), QDate(2025, 6, 30));
    t.allocation(erikOld, SupportForm::Individual, QDate(2024, 1, 1), QDate(2025, 6, 30));
    Grant erikDeleted = t.grant(erik, LegalBasis::P85, jan1);
    requireOk(t.reg().setDeleted(erikDeleted, true));
    t.member(mindful, erik, jan1);

    Citizen frida = t.citizen(QStringLiteral("Frida"), auc.meta.id);
    const Grant fridaGrant = t.grant(frida, LegalBasis::P85, jan1);
    t.allocation(fridaGrant, SupportForm::Individual, jan1);
    requireOk(t.reg().setDeleted(frida, true));
}

} // namespace bs::clitest
