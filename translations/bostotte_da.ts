<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AccessLogPanel</name>
    <message>
        <source>Citizen details</source>
        <translation>Borgeroplysninger</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Bevillinger</translation>
    </message>
    <message>
        <source>Support forms</source>
        <translation>Støtteformer</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Indsatsmål</translation>
    </message>
    <message>
        <source>Delmål</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>Appointment series</source>
        <translation>Aftaleserier</translation>
    </message>
    <message>
        <source>Desk visits</source>
        <translation>Besøg i rådgivningen</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <source>Group membership</source>
        <translation>Gruppedeltagelse</translation>
    </message>
    <message>
        <source>Group notes</source>
        <translation>Gruppenotater</translation>
    </message>
    <message>
        <source>Journal notes</source>
        <translation>Journalnotater</translation>
    </message>
    <message>
        <source>Journal revisions</source>
        <translation>Notatversioner</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Vurderinger</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>Opfølgningsopgaver</translation>
    </message>
    <message>
        <source>Goal reviews</source>
        <translation>Målopfølgninger</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Steder</translation>
    </message>
    <message>
        <source>Duty rota</source>
        <translation>Vagtplan</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Adgangslog</translation>
    </message>
    <message>
        <source>Sync bundle</source>
        <translation>Synkroniseringsfil</translation>
    </message>
    <message>
        <source>Handleplan</source>
        <translation>Handleplan</translation>
    </message>
    <message>
        <source>Day list</source>
        <translation>Dagsliste</translation>
    </message>
    <message>
        <source>Citizen list</source>
        <translation>Borgerliste</translation>
    </message>
    <message>
        <source>Journal search</source>
        <translation>Journalsøgning</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Status note</source>
        <translation>Statusnotat</translation>
    </message>
    <message>
        <source>Management chart</source>
        <translation>Ledelsesdiagram</translation>
    </message>
    <message>
        <source>Management workbook</source>
        <translation>Ledelsesprojektmappe (Excel)</translation>
    </message>
    <message>
        <source>Calendar file (iCalendar)</source>
        <translation>Kalenderfil (iCalendar)</translation>
    </message>
</context>
<context>
    <name>AccountDialogs</name>
    <message>
        <source>Repeat password: the two passwords differ</source>
        <translation>Gentag adgangskode: de to adgangskoder er forskellige</translation>
    </message>
</context>
<context>
    <name>ActivityReports</name>
    <message>
        <source>Support form</source>
        <translation>Støtteform</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <source>Citizens per month with an allocation of the support form active on at least one day of the month within the period. A citizen with several forms counts once per form and once in the total.</source>
        <translation>Borgere pr. måned med en tildeling af støtteformen, der er aktiv mindst én dag i måneden inden for perioden. En borger med flere støtteformer tælles én gang pr. støtteform og én gang i totalen.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Citizens by the support forms they had allocated at some time in the period, each citizen counted once under their combination of forms.</source>
        <translation>Borgere fordelt på de støtteformer, de har haft tildelt på et tidspunkt i perioden; hver borger tælles én gang under sin kombination af støtteformer.</translation>
    </message>
    <message>
        <source>Support forms</source>
        <translation>Støtteformer</translation>
    </message>
    <message>
        <source>Per staff member: active citizens they are contact person for, and the citizens they saw in delivered appointments in the period (group members registered present), with their planned and delivered hours.</source>
        <translation>Pr. medarbejder: aktive borgere, som medarbejderen er kontaktperson for, og de borgere, medarbejderen har set ved leverede aftaler i perioden (gruppedeltagere registreret som mødt), med planlagte og leverede timer.</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Contact person for</source>
        <translation>Kontaktperson for</translation>
    </message>
    <message>
        <source>Citizens seen</source>
        <translation>Borgere set</translation>
    </message>
    <message>
        <source>Delivered hours</source>
        <translation>Leverede timer</translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation>Planlagte timer</translation>
    </message>
    <message>
        <source>Appointments with an outcome</source>
        <translation>Aftaler med resultat</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Udeblivelser</translation>
    </message>
    <message>
        <source>Cancelled by the citizen</source>
        <translation>Aflyst af borger</translation>
    </message>
    <message>
        <source>Cancelled by staff</source>
        <translation>Aflyst af medarbejder</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Udeblivelsesprocent</translation>
    </message>
    <message>
        <source>Cancellation rate</source>
        <translation>Aflysningsprocent</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Appointments in the period per support form, whatever their outcome, and how many were delivered (completed). The delivery rate is delivered out of the appointments with a registered outcome.</source>
        <translation>Aftaler i perioden pr. støtteform uanset resultat, og hvor mange der blev leveret (gennemført). Leveringsgraden er de leverede ud af aftalerne med et registreret resultat.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Leveret</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>Leveringsgrad</translation>
    </message>
    <message>
        <source>The booked duration of the appointments in the period per support form: planned counts every appointment whatever its outcome, delivered only the completed ones.</source>
        <translation>Den bookede varighed af aftalerne i perioden pr. støtteform: planlagt tæller alle aftaler uanset resultat, leveret kun de gennemførte.</translation>
    </message>
    <message>
        <source>No-shows and cancellations (by the citizen or by staff) out of the appointments in the period with a registered outcome, per support form.</source>
        <translation>Udeblivelser og aflysninger (af borger eller medarbejder) ud af aftalerne i perioden med et registreret resultat, pr. støtteform.</translation>
    </message>
    <message>
        <source>Percent of appointments</source>
        <translation>Procent af aftaler</translation>
    </message>
    <message>
        <source>No-shows and cancellations (by the citizen or by staff) out of the appointments in the period with a registered outcome, per site: the appointment&apos;s site or, without one, the citizen&apos;s.</source>
        <translation>Udeblivelser og aflysninger (af borger eller medarbejder) ud af aftalerne i perioden med et registreret resultat, pr. sted: aftalens sted eller, hvis den ikke har et, borgerens.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Intet sted</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Ingen årsag angivet</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>Andre årsager</translation>
    </message>
    <message>
        <source>The reasons registered for no-shows and cancellations in the period, the same text in upper or lower case counted together; the %1 most frequent, the rest as other reasons.</source>
        <translation>De årsager, der er registreret for udeblivelser og aflysninger i perioden; samme tekst med store eller små bogstaver tælles sammen. De %1 hyppigste vises, resten som andre årsager.</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Delivered (completed) individual visits per month with the travel time (both ways) and kilometres registered on them.</source>
        <translation>Leverede (gennemførte) individuelle besøg pr. måned med den køretid (begge veje) og de kilometer, der er registreret på dem.</translation>
    </message>
    <message>
        <source>Hours and km</source>
        <translation>Timer og km</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>Travel hours</source>
        <translation>Køretimer</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Kilometer</translation>
    </message>
</context>
<context>
    <name>Allocation</name>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>must be chosen</source>
        <translation>skal vælges</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Bevilling</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Planlagte minutter</translation>
    </message>
    <message>
        <source>must be between 0 and 1440</source>
        <translation>skal være mellem 0 og 1440</translation>
    </message>
    <message>
        <source>must be more than 0 for a fixed cadence</source>
        <translation>skal være over 0 ved fast hyppighed</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>only applies to group support</source>
        <translation>gælder kun for gruppebostøtte</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <source>Could not create a temporary folder for the demo database: %1</source>
        <translation>Kunne ikke oprette en midlertidig mappe til demodatabasen: %1</translation>
    </message>
    <message>
        <source>Could not generate the demo data: %1</source>
        <translation>Kunne ikke danne demodata: %1</translation>
    </message>
    <message>
        <source>Could not create the demo logins: %1</source>
        <translation>Demo-brugerne kunne ikke oprettes: %1</translation>
    </message>
    <message>
        <source>Administrator (demo)</source>
        <translation>Administrator (demo)</translation>
    </message>
    <message>
        <source>Demo: log in as %1 — the password is &quot;%2&quot;.</source>
        <translation>Demo: log ind som %1 — adgangskoden er &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>Appointment</name>
    <message>
        <source>Staff</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <source>must be chosen</source>
        <translation>skal vælges</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>must be a date and time</source>
        <translation>skal være en dato og et klokkeslæt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <source>must be between 5 minutes and 12 hours</source>
        <translation>skal være mellem 5 minutter og 12 timer</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Kørsel</translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation>kan ikke være negativ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>give the reason for the no-show</source>
        <translation>angiv årsagen til udeblivelsen</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Mødested</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Learning goal</source>
        <translation>Læringsmål</translation>
    </message>
</context>
<context>
    <name>AppointmentSeries</name>
    <message>
        <source>Staff</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <source>must be chosen</source>
        <translation>skal vælges</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Første dato</translation>
    </message>
    <message>
        <source>must be a date</source>
        <translation>skal være en dato</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttidspunkt</translation>
    </message>
    <message>
        <source>must be a time</source>
        <translation>skal være et klokkeslæt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <source>must be between 5 minutes and 12 hours</source>
        <translation>skal være mellem 5 minutter og 12 timer</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <source>every 1 to 52 weeks</source>
        <translation>hver 1. til 52. uge</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Til og med</translation>
    </message>
    <message>
        <source>give an end date or a number of times</source>
        <translation>angiv en slutdato eller et antal gange</translation>
    </message>
    <message>
        <source>must not be before the first date</source>
        <translation>må ikke ligge før første dato</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Antal gange</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>højst %1</translation>
    </message>
    <message>
        <source>the series would have more than %1 appointments</source>
        <translation>serien ville få mere end %1 aftaler</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Mødested</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Session</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>choose the session</source>
        <translation>vælg mødet</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>choose the citizen</source>
        <translation>vælg borgeren</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>use at least %1 characters</source>
        <translation>brug mindst %1 tegn</translation>
    </message>
    <message>
        <source>must not be the user name</source>
        <translation>må ikke være brugernavnet</translation>
    </message>
    <message>
        <source>must not be only spaces</source>
        <translation>må ikke kun bestå af mellemrum</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>The encryption library could not be started</source>
        <translation>Krypteringsbiblioteket kunne ikke startes</translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory); close other programs and try again</source>
        <translation>Adgangskoden kunne ikke beskyttes (ikke nok hukommelse); luk andre programmer, og prøv igen</translation>
    </message>
    <message>
        <source>Only an administrator can manage accounts</source>
        <translation>Kun en administrator kan administrere brugerkonti</translation>
    </message>
    <message>
        <source>This file already has an administrator; log in, or ask the administrator</source>
        <translation>Filen har allerede en administrator; log ind, eller spørg administratoren</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>fill in</source>
        <translation>skal udfyldes</translation>
    </message>
    <message>
        <source>at most 64 characters, without spaces</source>
        <translation>højst 64 tegn og ingen mellemrum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Staff member: choose one who is listed</source>
        <translation>Medarbejder: vælg en, der står på listen</translation>
    </message>
    <message>
        <source>User name: &quot;%1&quot; is already in use</source>
        <translation>Brugernavn: &quot;%1&quot; er allerede i brug</translation>
    </message>
    <message>
        <source>The account no longer exists</source>
        <translation>Brugerkontoen findes ikke længere</translation>
    </message>
    <message>
        <source>At least one enabled administrator must remain; make another account administrator first</source>
        <translation>Der skal være mindst én aktiv administrator; gør først en anden bruger til administrator</translation>
    </message>
    <message>
        <source>Log in to change your password</source>
        <translation>Log ind for at skifte din adgangskode</translation>
    </message>
    <message>
        <source>Current password: not right</source>
        <translation>Nuværende adgangskode: forkert</translation>
    </message>
    <message>
        <source>Password: choose a new one, not the current</source>
        <translation>Adgangskode: vælg en ny, ikke den nuværende</translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation>Forkert brugernavn eller adgangskode</translation>
    </message>
    <message>
        <source>This account is locked after too many failed logins, until %1. An administrator can unlock it sooner.</source>
        <translation>Kontoen er spærret til %1 efter for mange mislykkede logins. En administrator kan låse den op før.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>Kontoen er deaktiveret. Bed en administrator om at aktivere den.</translation>
    </message>
    <message>
        <source>Failed logins before lockout</source>
        <translation>Mislykkede logins før spærring</translation>
    </message>
    <message>
        <source>between 3 and 20</source>
        <translation>mellem 3 og 20</translation>
    </message>
    <message>
        <source>Lockout</source>
        <translation>Spærring</translation>
    </message>
    <message>
        <source>between 1 and 1440 minutes</source>
        <translation>mellem 1 og 1440 minutter</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>Lås skærmen efter</translation>
    </message>
    <message>
        <source>between 1 and 240 minutes</source>
        <translation>mellem 1 og 240 minutter</translation>
    </message>
    <message>
        <source>created, role %1</source>
        <translation>oprettet, rolle %1</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>rolle %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiveret</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiveret</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>adgangskode nulstillet</translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation>låst op</translation>
    </message>
    <message>
        <source>own password changed</source>
        <translation>egen adgangskode skiftet</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>ukendt bruger</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>spærret</translation>
    </message>
    <message>
        <source>wrong password, locked</source>
        <translation>forkert adgangskode, spærret</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>forkert adgangskode</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The restored file could not be opened.</source>
        <translation>Den gendannede fil kunne ikke åbnes.</translation>
    </message>
    <message>
        <source>The backup does not hold a Bostøtte database.</source>
        <translation>Sikkerhedskopien indeholder ikke en Bostøtte-database.</translation>
    </message>
    <message>
        <source>The backup was made by a newer Bostøtte: update the program and restore it again.</source>
        <translation>Sikkerhedskopien er lavet af en nyere version af Bostøtte: opdatér programmet, og gendan den igen.</translation>
    </message>
    <message>
        <source>The database in the backup is damaged.</source>
        <translation>Databasen i sikkerhedskopien er beskadiget.</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Intet blev gendannet.</translation>
    </message>
    <message>
        <source>Choose the folder the backups are written to.</source>
        <translation>Vælg den mappe, sikkerhedskopierne skrives til.</translation>
    </message>
    <message>
        <source>Keep between 1 and 1000 backups.</source>
        <translation>Behold mellem 1 og 1000 sikkerhedskopier.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Mappen %1 kunne ikke oprettes.</translation>
    </message>
    <message>
        <source>Backups are not set up on this computer. An administrator sets them up under Indstillinger → Sikkerhedskopi.</source>
        <translation>Sikkerhedskopiering er ikke sat op på denne computer. En administrator sætter den op under Indstillinger → Sikkerhedskopi.</translation>
    </message>
    <message>
        <source>A database in memory cannot be backed up.</source>
        <translation>Der kan ikke tages sikkerhedskopi af en database i hukommelsen.</translation>
    </message>
    <message>
        <source>Could not make a private temporary folder: %1</source>
        <translation>Kunne ikke oprette en privat midlertidig mappe: %1</translation>
    </message>
    <message>
        <source>The database could not be copied for the backup: %1</source>
        <translation>Databasen kunne ikke kopieres til sikkerhedskopien: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>The old backup %1 could not be deleted.</source>
        <translation>Den gamle sikkerhedskopi %1 kunne ikke slettes.</translation>
    </message>
    <message>
        <source>Choose where the restored database is written.</source>
        <translation>Vælg, hvor den gendannede database skal skrives.</translation>
    </message>
    <message>
        <source>Type the backup passphrase.</source>
        <translation>Skriv sikkerhedskopiens adgangsfrase.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 er en mappe; vælg et filnavn.</translation>
    </message>
    <message>
        <source>%1 is the database open now. Restore to a new file, or close Bostøtte and restore with the command line.</source>
        <translation>%1 er den database, der er åben nu. Gendan til en ny fil, eller luk Bostøtte, og gendan fra kommandolinjen.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Kunne ikke åbne %1: %2</translation>
    </message>
    <message>
        <source>The restored database could not be opened: %1</source>
        <translation>Den gendannede database kunne ikke åbnes: %1</translation>
    </message>
    <message>
        <source>The erasures made since the backup could not be applied to it, so it was not restored: %1</source>
        <translation>De sletninger, der er foretaget siden sikkerhedskopien, kunne ikke gennemføres i den, så den blev ikke gendannet: %1</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kunne ikke skrive %1.</translation>
    </message>
    <message>
        <source>A server database is backed up by the IT department with PostgreSQL&apos;s own tools (pg_dump or a replica), not by Bostøtte.</source>
        <translation>En serverdatabase sikkerhedskopieres af it-afdelingen med PostgreSQLs egne værktøjer (pg_dump eller en replika), ikke af Bostøtte.</translation>
    </message>
</context>
<context>
    <name>BundleFile</name>
    <message>
        <source>The file could not be read (%1). Nothing was imported.</source>
        <translation>Filen kunne ikke læses (%1). Intet blev indlæst.</translation>
    </message>
    <message>
        <source>The file asks for a heavier passphrase check than Bostøtte allows (it was changed or made by another program). Nothing was imported.</source>
        <translation>Filen kræver en tungere kontrol af adgangsfrasen, end Bostøtte tillader (den er ændret eller lavet af et andet program). Intet blev indlæst.</translation>
    </message>
    <message>
        <source>This is not a Bostøtte sync file. Nothing was imported.</source>
        <translation>Dette er ikke en synkroniseringsfil fra Bostøtte. Intet blev indlæst.</translation>
    </message>
    <message>
        <source>The file was made by a newer Bostøtte: update the program and import the file again. Nothing was imported.</source>
        <translation>Filen er lavet af en nyere version af Bostøtte: opdatér programmet, og indlæs filen igen. Intet blev indlæst.</translation>
    </message>
    <message>
        <source>The passphrase does not fit this file. Check the words and try again.</source>
        <translation>Adgangsfrasen passer ikke til denne fil. Tjek ordene, og prøv igen.</translation>
    </message>
    <message>
        <source>The file is damaged (it was changed or not copied completely). Nothing was imported.</source>
        <translation>Filen er beskadiget (den er ændret eller ikke kopieret helt). Intet blev indlæst.</translation>
    </message>
    <message>
        <source>The file ends too early: it was not copied completely. Nothing was imported.</source>
        <translation>Filen slutter for tidligt: den er ikke kopieret helt. Intet blev indlæst.</translation>
    </message>
    <message>
        <source>The file holds more data than Bostøtte can import at once. Nothing was imported.</source>
        <translation>Filen indeholder flere data, end Bostøtte kan indlæse på én gang. Intet blev indlæst.</translation>
    </message>
    <message>
        <source>The file could not be read. Nothing was imported.</source>
        <translation>Filen kunne ikke læses. Intet blev indlæst.</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>Krypteringsbiblioteket kunne ikke starte.</translation>
    </message>
    <message>
        <source>Choose a passphrase before exporting.</source>
        <translation>Vælg en adgangsfrase, før du sender.</translation>
    </message>
    <message>
        <source>The sending site has no id.</source>
        <translation>Den afsendende computer har intet id.</translation>
    </message>
    <message>
        <source>The bundle has no time of creation.</source>
        <translation>Filen har intet oprettelsestidspunkt.</translation>
    </message>
    <message>
        <source>The bundle&apos;s settings are out of range.</source>
        <translation>Filens indstillinger ligger uden for det tilladte.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the file.</source>
        <translation>Der er ikke hukommelse nok til at beskytte filen.</translation>
    </message>
    <message>
        <source>The file could not be written (%1).</source>
        <translation>Filen kunne ikke skrives (%1).</translation>
    </message>
    <message>
        <source>Not enough memory to open the file. Nothing was imported.</source>
        <translation>Der er ikke hukommelse nok til at åbne filen. Intet blev indlæst.</translation>
    </message>
    <message>
        <source>The backup could not be read (%1). Nothing was restored.</source>
        <translation>Sikkerhedskopien kunne ikke læses (%1). Intet blev gendannet.</translation>
    </message>
    <message>
        <source>The backup asks for a heavier passphrase check than Bostøtte allows (it was changed or made by another program). Nothing was restored.</source>
        <translation>Sikkerhedskopien kræver en tungere kontrol af adgangsfrasen, end Bostøtte tillader (den er ændret eller lavet af et andet program). Intet blev gendannet.</translation>
    </message>
    <message>
        <source>This is not a Bostøtte backup. Nothing was restored.</source>
        <translation>Dette er ikke en sikkerhedskopi fra Bostøtte. Intet blev gendannet.</translation>
    </message>
    <message>
        <source>The backup was made by a newer Bostøtte: update the program and restore it again. Nothing was restored.</source>
        <translation>Sikkerhedskopien er lavet af en nyere version af Bostøtte: opdatér programmet, og gendan den igen. Intet blev gendannet.</translation>
    </message>
    <message>
        <source>The backup passphrase does not fit this backup. Check the words and try again.</source>
        <translation>Adgangsfrasen passer ikke til denne sikkerhedskopi. Kontrollér ordene, og prøv igen.</translation>
    </message>
    <message>
        <source>The backup is damaged (it was changed or not copied completely). Nothing was restored.</source>
        <translation>Sikkerhedskopien er beskadiget (den er ændret eller ikke kopieret helt). Intet blev gendannet.</translation>
    </message>
    <message>
        <source>The backup ends too early: it was not copied completely. Nothing was restored.</source>
        <translation>Sikkerhedskopien slutter for tidligt: den er ikke kopieret helt. Intet blev gendannet.</translation>
    </message>
    <message>
        <source>The backup is larger than Bostøtte accepts. Nothing was restored.</source>
        <translation>Sikkerhedskopien er større, end Bostøtte accepterer. Intet blev gendannet.</translation>
    </message>
    <message>
        <source>The backup could not be read. Nothing was restored.</source>
        <translation>Sikkerhedskopien kunne ikke læses. Intet blev gendannet.</translation>
    </message>
    <message>
        <source>The encryption key is missing or damaged.</source>
        <translation>Krypteringsnøglen mangler eller er beskadiget.</translation>
    </message>
    <message>
        <source>The data to protect could not be read (%1).</source>
        <translation>De data, der skal beskyttes, kunne ikke læses (%1).</translation>
    </message>
    <message>
        <source>Not enough memory to open the backup. Nothing was restored.</source>
        <translation>Ikke nok hukommelse til at åbne sikkerhedskopien. Intet blev gendannet.</translation>
    </message>
    <message>
        <source>The decrypted data could not be written (%1).</source>
        <translation>De dekrypterede data kunne ikke skrives (%1).</translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <source>A change carries an invalid clock.</source>
        <translation>En ændring har et ugyldigt tidsstempel.</translation>
    </message>
    <message>
        <source>New citizen: %1</source>
        <translation>Ny borger: %1</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>Could not number the change.</source>
        <translation>Ændringen kunne ikke nummereres.</translation>
    </message>
</context>
<context>
    <name>Citizen</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>must be filled in</source>
        <translation>skal udfyldes</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>must be four digits</source>
        <translation>skal være fire cifre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>must be a phone number, e.g. 86 12 34 56</source>
        <translation>skal være et telefonnummer, fx 86 12 34 56</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>is not a valid e-mail address</source>
        <translation>er ikke en gyldig e-mailadresse</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>may be at most %1 characters</source>
        <translation>må højst være på %1 tegn</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>CitizenAccess</name>
    <message>
        <source>This citizen is not one of your or your team&apos;s cases. If your work needs the record, use &quot;Look up outside own cases&quot; and give the reason; the look-up is logged and shown to the administrator.</source>
        <translation>Borgeren er ikke en af dine eller dit teams sager. Hvis dit arbejde kræver oplysningerne, så brug &quot;Opslag uden for egne sager&quot;, og angiv begrundelsen; opslaget logges og vises for administratoren.</translation>
    </message>
    <message>
        <source>The citizen was not found (they may have been removed).</source>
        <translation>Borgeren blev ikke fundet (borgeren kan være fjernet).</translation>
    </message>
    <message>
        <source>Reason: write why your work needs this record (at least %1 characters).</source>
        <translation>Begrundelse: skriv, hvorfor dit arbejde kræver disse oplysninger (mindst %1 tegn).</translation>
    </message>
    <message>
        <source>CPR number: type the citizen&apos;s full CPR number (10 digits).</source>
        <translation>CPR-nummer: skriv borgerens fulde CPR-nummer (10 cifre).</translation>
    </message>
    <message>
        <source>No citizen has the CPR number %1.</source>
        <translation>Ingen borger har CPR-nummeret %1.</translation>
    </message>
    <message>
        <source>The management figures are for leaders and administrators.</source>
        <translation>Ledelsestallene er for ledere og administratorer.</translation>
    </message>
    <message>
        <source>Your account has no team, so there are no management figures to show. Ask the administrator to link your account to your staff record.</source>
        <translation>Din brugerkonto har intet team, så der er ingen ledelsestal at vise. Bed administratoren om at knytte din brugerkonto til din medarbejderregistrering.</translation>
    </message>
</context>
<context>
    <name>CitizenDataQueries</name>
    <message>
        <source>The citizen was not found (they may have been erased).</source>
        <translation>Borgeren blev ikke fundet (borgeren kan være slettet).</translation>
    </message>
    <message>
        <source>The file can only be cleaned outside a transaction.</source>
        <translation>Filen kan kun ryddes op uden for en transaktion.</translation>
    </message>
    <message>
        <source>Could not optimise the search index: %1</source>
        <translation>Kunne ikke optimere søgeindekset: %1</translation>
    </message>
    <message>
        <source>Could not rebuild the database file: %1</source>
        <translation>Kunne ikke genopbygge databasefilen: %1</translation>
    </message>
    <message>
        <source>Could not empty the write-ahead log: %1</source>
        <translation>Kunne ikke tømme transaktionsloggen (WAL): %1</translation>
    </message>
    <message>
        <source>Could not empty the write-ahead log: another connection is reading the file. Close other windows on it and try again.</source>
        <translation>Kunne ikke tømme transaktionsloggen (WAL): en anden forbindelse læser filen. Luk andre vinduer, der bruger den, og prøv igen.</translation>
    </message>
</context>
<context>
    <name>CitizenExtract</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Your record was opened in the case work</source>
        <translation>Dine oplysninger blev åbnet i sagsbehandlingen</translation>
    </message>
    <message>
        <source>You were found by a search in the case work</source>
        <translation>Du blev fundet ved en søgning i sagsbehandlingen</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Registreret: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Ændret: %1</translation>
    </message>
    <message>
        <source>Your extract (right of access)</source>
        <translation>Din indsigt (indsigtsret)</translation>
    </message>
    <message>
        <source>Included in an export (report, synchronisation or backup)</source>
        <translation>Medtaget i en eksport (rapport, synkronisering eller sikkerhedskopi)</translation>
    </message>
    <message>
        <source>Printed in the case work</source>
        <translation>Udskrevet i sagsbehandlingen</translation>
    </message>
    <message>
        <source>Received from another computer or an import</source>
        <translation>Modtaget fra en anden computer eller ved en indlæsning</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Sletning</translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation>Regler for opbevaring</translation>
    </message>
    <message>
        <source>Only an administrator can make a citizen&apos;s extract.</source>
        <translation>Kun en administrator kan udlevere en borgers data (indsigt).</translation>
    </message>
    <message>
        <source>Extract of personal data</source>
        <translation>Indsigt i personoplysninger</translation>
    </message>
    <message>
        <source>%1, CPR number %2. Made %3 under the right of access (the General Data Protection Regulation, article 15). It holds every record about you, every saved version of your journal notes and the log of who looked at your data when (without staff names).</source>
        <translation>%1, CPR-nummer %2. Udarbejdet %3 efter retten til indsigt (databeskyttelsesforordningen, artikel 15). Den indeholder alle registreringer om dig, alle gemte versioner af dine journalnotater og loggen over, hvornår dine oplysninger er blevet set (uden medarbejdernavne).</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ingen.</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <source>Access log: when your data were used</source>
        <translation>Adgangslog: hvornår dine oplysninger er blevet brugt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Indsatsformål</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 findes ikke.</translation>
    </message>
</context>
<context>
    <name>CitizenPlan</name>
    <message>
        <source>The citizen does not exist</source>
        <translation>Borgeren findes ikke</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 fra %2</translation>
    </message>
</context>
<context>
    <name>CitizenPlanDocument</name>
    <message>
        <source>Handleplan %1 %2.pdf</source>
        <translation>Handleplan %1 %2.pdf</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Bevillinger</translation>
    </message>
    <message>
        <source>No running grants.</source>
        <translation>Ingen igangværende bevillinger.</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Lovgrundlag</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Purpose (indsatsformål)</source>
        <translation>Indsatsformål</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Næste opfølgning</translation>
    </message>
    <message>
        <source>Support forms</source>
        <translation>Støtteformer</translation>
    </message>
    <message>
        <source>No running support forms.</source>
        <translation>Ingen igangværende støtteformer.</translation>
    </message>
    <message>
        <source>Support form</source>
        <translation>Støtteform</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Hyppighed</translation>
    </message>
    <message>
        <source>Per session</source>
        <translation>Pr. gang</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minutter</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal type</source>
        <translation>Måltype</translation>
    </message>
    <message>
        <source>Function level now and target</source>
        <translation>Funktionsevneniveau nu og målniveau</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Startet %1</translation>
    </message>
    <message>
        <source>next review %1</source>
        <translation>næste opfølgning %1</translation>
    </message>
    <message>
        <source>ended %1: %2</source>
        <translation>afsluttet %1: %2</translation>
    </message>
    <message>
        <source>Under the grant</source>
        <translation>Under bevillingen</translation>
    </message>
    <message>
        <source>No delmål yet.</source>
        <translation>Ingen delmål endnu.</translation>
    </message>
    <message>
        <source>Delmål</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recent progress</source>
        <translation>Seneste udvikling</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>Ikke vurderet endnu</translation>
    </message>
    <message>
        <source>Latest review %1 – %2:</source>
        <translation>Seneste opfølgning %1 – %2:</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Ikke fulgt op endnu.</translation>
    </message>
    <message>
        <source>Handleplan and status</source>
        <translation>Handleplan og status</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Indsatsmål</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>Ingen indsatsmål endnu.</translation>
    </message>
    <message>
        <source>Made from the record on %1; later changes are not included.</source>
        <translation>Dannet ud fra oplysningerne %1; senere ændringer er ikke med.</translation>
    </message>
    <message>
        <source>Contains personal data: keep it safe and shred printed copies after use.</source>
        <translation>Indeholder personoplysninger: Opbevar den sikkert, og makulér udskrifter efter brug.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Handleplan and status: %1</source>
        <translation>Handleplan og status: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Support forms today</source>
        <translation>Støtteformer i dag</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s)</source>
        <translation>
            <numerusform>%n borger</numerusform>
            <numerusform>%n borgere</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linje %1: %2</translation>
    </message>
    <message>
        <source>import-citizens needs a CSV file</source>
        <translation>import-citizens kræver en CSV-fil</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in %1.</source>
        <translation>
            <numerusform>Intet blev importeret: %n problem i %1.</numerusform>
            <numerusform>Intet blev importeret: %n problemer i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, separator &quot;%2&quot;</source>
        <translation>%1, skilletegn &quot;%2&quot;</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n citizen(s) would be imported from %1 (%2). Nothing was written.</source>
        <translation>
            <numerusform>Prøvekørsel: %n borger ville blive importeret fra %1 (%2). Intet er skrevet.</numerusform>
            <numerusform>Prøvekørsel: %n borgere ville blive importeret fra %1 (%2). Intet er skrevet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n citizen(s) from %1 (%2).</source>
        <translation>
            <numerusform>%n borger importeret fra %1 (%2).</numerusform>
            <numerusform>%n borgere importeret fra %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the database or update its schema; prints the path and the schema version.</source>
        <translation>Opret databasen, eller opdater dens skema; viser stien og skemaversionen.</translation>
    </message>
    <message>
        <source>Write a new database with fictitious demo data. Refuses an existing FILE unless --force.</source>
        <translation>Skriv en ny database med fiktive demodata. En eksisterende FILE overskrives kun med --force.</translation>
    </message>
    <message>
        <source>Import citizens from a CSV file. Every line is checked first; with any problem nothing is written. --dry-run only checks.</source>
        <translation>Importer borgere fra en CSV-fil. Alle linjer kontrolleres først; er der blot ét problem, skrives intet. --dry-run kontrollerer kun.</translation>
    </message>
    <message>
        <source>Check the schema version and the integrity of the database.</source>
        <translation>Kontroller skemaversionen og databasens integritet.</translation>
    </message>
    <message>
        <source>Usage: %1 [--db FILE] &lt;command&gt; [options]</source>
        <translation>Brug: %1 [--db FILE] &lt;kommando&gt; [tilvalg]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandoer:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Tilvalg:</translation>
    </message>
    <message>
        <source>Show this help; after a command: the command&apos;s.</source>
        <translation>Vis denne hjælp; efter en kommando: kommandoens hjælp.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Vis versionen.</translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD. CSV files are UTF-8 with BOM and semicolons, for Excel.</source>
        <translation>Datoer skrives ÅÅÅÅ-MM-DD. CSV-filer er UTF-8 med BOM og semikolon, til Excel.</translation>
    </message>
    <message>
        <source>CSV import columns: %1.</source>
        <translation>Kolonner ved CSV-import: %1.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the command failed, 2 wrong usage.</source>
        <translation>Afslutningskoder: 0 gennemført, 1 kommandoen mislykkedes, 2 forkert brug.</translation>
    </message>
    <message>
        <source>Usage: %1 [--db FILE] %2 %3</source>
        <translation>Brug: %1 [--db FILE] %2 %3</translation>
    </message>
    <message>
        <source>--db is given more than once</source>
        <translation>--db er angivet mere end én gang</translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation>--db kræver et filnavn</translation>
    </message>
    <message>
        <source>no command given; see %1 --help</source>
        <translation>ingen kommando angivet; se %1 --help</translation>
    </message>
    <message>
        <source>unknown option %1; see %2 --help</source>
        <translation>ukendt tilvalg %1; se %2 --help</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see %2 --help</source>
        <translation>ukendt kommando &quot;%1&quot;; se %2 --help</translation>
    </message>
    <message>
        <source>The database %1 does not exist. Create it with &quot;bostotte-cli --db %1 init&quot; or give another file with --db.</source>
        <translation>Databasen %1 findes ikke. Opret den med &quot;bostotte-cli --db %1 init&quot;, eller angiv en anden fil med --db.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>uventet argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>ukendt tilvalg %1</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 er angivet mere end én gang</translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation>--%1 tager ingen værdi</translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation>--%1 kræver en værdi</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use json, csv or text</source>
        <translation>ukendt format &quot;%1&quot;; brug json, csv eller text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date; write it as YYYY-MM-DD</source>
        <translation>&quot;%1&quot; er ikke en gyldig dato; skriv den som ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Skemaversion: %1</translation>
    </message>
    <message>
        <source>Created a new database.</source>
        <translation>Databasen er oprettet.</translation>
    </message>
    <message>
        <source>Updated from schema version %1 (a copy of the old file was kept next to it).</source>
        <translation>Databasen er opdateret fra skemaversion %1 (en kopi af den gamle fil er gemt ved siden af).</translation>
    </message>
    <message>
        <source>The database is up to date.</source>
        <translation>Databasen er ajour.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Databasen %1 findes ikke.</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Skemaversion: %1 (dette program: %2)</translation>
    </message>
    <message>
        <source>%1 has no Bostøtte tables; create them with init.</source>
        <translation>%1 har ingen Bostøtte-tabeller; opret dem med init.</translation>
    </message>
    <message>
        <source>The schema is older than this program&apos;s; init (or opening it in Bostøtte) updates it.</source>
        <translation>Skemaet er ældre end programmets; init (eller at åbne databasen i Bostøtte) opdaterer det.</translation>
    </message>
    <message numerus="yes">
        <source>The database has %n problem(s).</source>
        <translation>
            <numerusform>Databasen har %n problem.</numerusform>
            <numerusform>Databasen har %n problemer.</numerusform>
        </translation>
    </message>
    <message>
        <source>demo needs --out FILE</source>
        <translation>demo kræver --out FILE</translation>
    </message>
    <message>
        <source>--seed needs a whole number</source>
        <translation>--seed kræver et helt tal</translation>
    </message>
    <message>
        <source>--citizens needs a whole number</source>
        <translation>--citizens kræver et helt tal</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 er en mappe.</translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it.</source>
        <translation>%1 findes allerede; brug --force for at erstatte den.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kunne ikke skrive %1.</translation>
    </message>
    <message numerus="yes">
        <source>Demo database written to %1 (%n citizen(s)).</source>
        <translation>
            <numerusform>Demodatabase skrevet til %1 (%n borger).</numerusform>
            <numerusform>Demodatabase skrevet til %1 (%n borgere).</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use json or ics</source>
        <translation>ukendt format &quot;%1&quot;; brug json eller ics</translation>
    </message>
    <message>
        <source>No site is called &quot;%1&quot;.</source>
        <translation>Intet sted hedder &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No citizen has the id %1.</source>
        <translation>Ingen borger har id %1.</translation>
    </message>
    <message>
        <source>calendar needs --from YYYY-MM-DD and --to YYYY-MM-DD</source>
        <translation>calendar kræver --from ÅÅÅÅ-MM-DD og --to ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 ligger efter --to %2</translation>
    </message>
    <message>
        <source>give at most one of --staff, --site and --citizen</source>
        <translation>angiv højst én af --staff, --site og --citizen</translation>
    </message>
    <message>
        <source>The appointments on the local days from and to (inclusive): JSON with one entry per occurrence, or iCalendar for Outlook (series as repeating events). The iCalendar shows citizens&apos; initials unless --with-names.</source>
        <translation>Aftalerne på de lokale dage fra og til (begge medregnet): JSON med én post pr. aftale eller iCalendar til Outlook (serier som gentagne aftaler). iCalendar viser borgernes initialer, medmindre --with-names er angivet.</translation>
    </message>
    <message>
        <source>The open follow-up tasks (Opfølgning) by due date, for one staff member or everyone. --run first runs the follow-up rules on today&apos;s date and stores the tasks they raise.</source>
        <translation>De åbne opfølgningsopgaver (Opfølgning) efter frist, for én medarbejder eller alle. --run kører først opfølgningsreglerne med dags dato og gemmer de opgaver, reglerne opretter.</translation>
    </message>
    <message>
        <source>Nothing to follow up.</source>
        <translation>Intet at følge op på.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use json or text</source>
        <translation>ukendt format &quot;%1&quot;; brug json eller text</translation>
    </message>
    <message>
        <source>status: the committee&apos;s figures as of a date (default: today): citizens with an active grant per support form, site, legal basis and group; with --from/--to the status note: the figures on --to against --from and the period&apos;s no-shows, goals and savings. activity, goals, savings: every chart of the family for the period and filters (CSV: chart;category;column;value).</source>
        <translation>status: udvalgets tal pr. en dato (standard: i dag): borgere med en aktiv bevilling pr. støtteform, sted, lovgrundlag og gruppe; med --from/--to statusnotatet: tallene på --to sammenlignet med --from samt periodens udeblivelser, mål og gevinster. activity, goals, savings: alle diagrammer i gruppen for perioden og filtrene (CSV: chart;category;column;value).</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>unknown site &quot;%1&quot;; give a site&apos;s name or id</source>
        <translation>ukendt sted &quot;%1&quot;; angiv stedets navn eller id</translation>
    </message>
    <message>
        <source>unknown team &quot;%1&quot;; give a team&apos;s name or id</source>
        <translation>ukendt team &quot;%1&quot;; angiv teamets navn eller id</translation>
    </message>
    <message>
        <source>unknown support form &quot;%1&quot;; use one of %2</source>
        <translation>ukendt støtteform &quot;%1&quot;; brug en af %2</translation>
    </message>
    <message>
        <source>unknown legal basis &quot;%1&quot;; use one of %2</source>
        <translation>ukendt lovgrundlag &quot;%1&quot;; brug et af %2</translation>
    </message>
    <message>
        <source>report status covers the whole municipality; --site, --team, --form and --basis apply to activity, goals and savings</source>
        <translation>rapporten status dækker hele kommunen; --site, --team, --form og --basis gælder for activity, goals og savings</translation>
    </message>
    <message>
        <source>give the note&apos;s date as --to or --at, not both</source>
        <translation>angiv notatets dato med --to eller --at, ikke begge</translation>
    </message>
    <message>
        <source>--from %1 must be before the note&apos;s date %2</source>
        <translation>--from %1 skal ligge før notatets dato %2</translation>
    </message>
    <message>
        <source>report %1 takes a period: --from and --to, not --at</source>
        <translation>rapporten %1 tager en periode: --from og --to, ikke --at</translation>
    </message>
    <message>
        <source>report %1 needs --from YYYY-MM-DD and --to YYYY-MM-DD</source>
        <translation>rapporten %1 kræver --from ÅÅÅÅ-MM-DD og --to ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use json or csv</source>
        <translation>ukendt format &quot;%1&quot;; brug json eller csv</translation>
    </message>
    <message>
        <source>could not compute &quot;%1&quot; (%2): %3</source>
        <translation>kunne ikke beregne &quot;%1&quot; (%2): %3</translation>
    </message>
    <message>
        <source>report needs a kind: %1</source>
        <translation>report kræver en rapporttype: %1</translation>
    </message>
    <message>
        <source>unknown report &quot;%1&quot;; the reports are: %2</source>
        <translation>ukendt rapport &quot;%1&quot;; rapporterne er: %2</translation>
    </message>
    <message>
        <source>Write an encrypted sync bundle with every change SITE (a name or site id) is not known to have; without --peer, everything. The passphrase is read from F; --new-passphrase generates one and writes it to the new file F.</source>
        <translation>Skriv en krypteret synkroniseringsfil med alle ændringer, som SITE (et navn eller et computer-id) ikke vides at have; uden --peer alt. Adgangsfrasen læses fra F; --new-passphrase danner en ny og skriver den i den nye fil F.</translation>
    </message>
    <message>
        <source>Import a sync bundle: decrypt and check all of it, show what changes, then (unless --dry-run) back up the database and apply everything in one transaction. A wrong passphrase or a damaged file imports nothing.</source>
        <translation>Indlæs en synkroniseringsfil: dekryptér og kontrollér hele filen, vis hvad der ændres, og tag derefter (medmindre --dry-run) en sikkerhedskopi af databasen og gennemfør alt i én transaktion. En forkert adgangsfrase eller en beskadiget fil indlæser intet.</translation>
    </message>
    <message>
        <source>The conflicts sync has kept for a person to decide: both values with their sites. --all includes resolved ones.</source>
        <translation>De konflikter, synkroniseringen har gemt, så en person kan afgøre dem: begge værdier med deres computere. --all medtager også løste konflikter.</translation>
    </message>
    <message>
        <source>--passphrase-file is required</source>
        <translation>--passphrase-file skal angives</translation>
    </message>
    <message>
        <source>cannot read the passphrase file %1: %2</source>
        <translation>kan ikke læse adgangsfrasefilen %1: %2</translation>
    </message>
    <message>
        <source>the passphrase file %1 is empty</source>
        <translation>adgangsfrasefilen %1 er tom</translation>
    </message>
    <message>
        <source>%1 exists; --new-passphrase writes a new file and never overwrites one</source>
        <translation>%1 findes allerede; --new-passphrase skriver en ny fil og overskriver aldrig en eksisterende</translation>
    </message>
    <message>
        <source>cannot write the passphrase file %1: %2</source>
        <translation>kan ikke skrive adgangsfrasefilen %1: %2</translation>
    </message>
    <message>
        <source>unknown peer &quot;%1&quot;: no bundle has been received from any other computer yet; leave out --peer to send everything</source>
        <translation>ukendt modtager &quot;%1&quot;: der er endnu ikke modtaget filer fra nogen anden computer; udelad --peer for at sende alt</translation>
    </message>
    <message>
        <source>unknown peer &quot;%1&quot;; known: %2</source>
        <translation>ukendt modtager &quot;%1&quot;; kendte: %2</translation>
    </message>
    <message>
        <source>From %1, written %2 (UTC)</source>
        <translation>Fra %1, skrevet %2 (UTC)</translation>
    </message>
    <message>
        <source>Changes in the file: %1, already here: %2</source>
        <translation>Ændringer i filen: %1, findes allerede her: %2</translation>
    </message>
    <message>
        <source>New records: %1, changed: %2, deleted: %3, restored: %4</source>
        <translation>Nye poster: %1, ændrede: %2, slettede: %3, gendannede: %4</translation>
    </message>
    <message>
        <source>Conflicts to look at: %1, notes with two versions: %2</source>
        <translation>Konflikter, der skal ses på: %1, notater med to versioner: %2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advarsel: %1</translation>
    </message>
    <message>
        <source>--to FILE is required</source>
        <translation>--to FILE skal angives</translation>
    </message>
    <message>
        <source>--to %1 is a folder; give a file name</source>
        <translation>--to %1 er en mappe; angiv et filnavn</translation>
    </message>
    <message>
        <source>the passphrase is too short (at least %1 characters); --new-passphrase writes a generated one</source>
        <translation>adgangsfrasen er for kort (mindst %1 tegn); --new-passphrase skriver en dannet adgangsfrase</translation>
    </message>
    <message>
        <source>Wrote %1 changes to %2 (%3 bytes).</source>
        <translation>Skrev %1 ændringer til %2 (%3 bytes).</translation>
    </message>
    <message>
        <source>The passphrase is in %1: give it to the recipient separately from the file.</source>
        <translation>Adgangsfrasen står i %1: giv den til modtageren adskilt fra filen.</translation>
    </message>
    <message>
        <source>name the bundle file to import</source>
        <translation>angiv den synkroniseringsfil, der skal indlæses</translation>
    </message>
    <message>
        <source>the bundle file %1 does not exist</source>
        <translation>synkroniseringsfilen %1 findes ikke</translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>Prøvekørsel: intet blev indlæst.</translation>
    </message>
    <message>
        <source>Imported. The database as it was before is kept in %1.</source>
        <translation>Indlæst. Databasen, som den var før, er gemt i %1.</translation>
    </message>
    <message>
        <source>No conflicts: every change merged cleanly.</source>
        <translation>Ingen konflikter: alle ændringer blev flettet uden problemer.</translation>
    </message>
    <message>
        <source>audit needs either --citizen ID or --user INITIALS</source>
        <translation>audit kræver enten --citizen ID eller --user INITIALER</translation>
    </message>
    <message>
        <source>--citizen needs a citizen id (see &quot;citizens --format json&quot;), not &quot;%1&quot;</source>
        <translation>--citizen kræver et borger-id (se &quot;citizens --format json&quot;), ikke &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--user needs a user name</source>
        <translation>--user kræver et brugernavn</translation>
    </message>
    <message>
        <source>--to needs a folder</source>
        <translation>--to kræver en mappe</translation>
    </message>
    <message>
        <source>Backups are not set up for this database. An administrator sets them up once in Bostøtte under Indstillinger → Sikkerhedskopi, where the backup passphrase is shown.</source>
        <translation>Sikkerhedskopiering er ikke sat op for denne database. En administrator sætter den op én gang i Bostøtte under Indstillinger → Sikkerhedskopi, hvor sikkerhedskopiens adgangsfrase vises.</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2).</source>
        <translation>Sikkerhedskopi skrevet til %1 (%2).</translation>
    </message>
    <message>
        <source>restore needs the backup file</source>
        <translation>restore kræver sikkerhedskopifilen</translation>
    </message>
    <message>
        <source>--to NEWPATH is required: where the restored database is written</source>
        <translation>--to NEWPATH skal angives: hvor den gendannede database skrives</translation>
    </message>
    <message>
        <source>Restored %1 to %2. Open it with: bostotte --db %2</source>
        <translation>%1 er gendannet til %2. Åbn den med: bostotte --db %2</translation>
    </message>
    <message>
        <source>No current database was found at %1, so erasures made after the backup could not be re-applied; erase those citizens again.</source>
        <translation>Der blev ikke fundet en aktuel database i %1, så sletninger foretaget efter sikkerhedskopien kunne ikke gennemføres igen; slet de borgere igen.</translation>
    </message>
    <message>
        <source>--search needs a name or CPR number to look for</source>
        <translation>--search kræver et navn eller CPR-nummer at søge efter</translation>
    </message>
    <message>
        <source>List the citizens with their support forms today; --search keeps those whose name or CPR number contains TEXT (the search is logged). CPR numbers are shown as birth date only unless --full-cpr.</source>
        <translation>Vis borgerne med deres støtteformer i dag; --search beholder dem, hvis navn eller CPR-nummer indeholder TEXT (søgningen logges). CPR-numre vises kun som fødselsdato, medmindre --full-cpr er angivet.</translation>
    </message>
    <message>
        <source>The access log about one citizen or by one user, newest first, between the local dates (inclusive): time (UTC), user, action, citizen id, criterion, reason, detail. The look-up is itself logged.</source>
        <translation>Adgangsloggen om én borger eller for én bruger, nyeste først, mellem de lokale datoer (begge medregnet): tidspunkt (UTC), bruger, handling, borger-id, kriterium, begrundelse, detalje. Selve opslaget logges også.</translation>
    </message>
    <message>
        <source>Write an encrypted backup of the database to the backup folder (or DIR) with the key stored when backups were set up, and delete the oldest beyond the number kept. Refused when backups are not set up.</source>
        <translation>Skriv en krypteret sikkerhedskopi af databasen til mappen til sikkerhedskopier (eller DIR) med den nøgle, der blev gemt, da sikkerhedskopieringen blev sat op, og slet de ældste ud over det antal, der beholdes. Afvises, når sikkerhedskopiering ikke er sat op.</translation>
    </message>
    <message>
        <source>Decrypt and check the backup FILE with the backup passphrase read from F, re-apply the erasures recorded in the current database since the backup, and write it to NEWPATH (never over a file open in Bostøtte).</source>
        <translation>Dekryptér og kontrollér sikkerhedskopien FILE med adgangsfrasen til sikkerhedskopier, læst fra F, gentag de sletninger, der er registreret i den nuværende database siden sikkerhedskopien, og skriv den til NEWPATH (aldrig oven i en fil, der er åben i Bostøtte).</translation>
    </message>
    <message>
        <source>A citizen&apos;s extract (right of access): every record, every journal-note revision and the access log about them, as JSON and HTML files in FOLDER (readable by the owner only). ID is the citizen&apos;s id or CPR number. Logged as an export.</source>
        <translation>Indsigt for en borger (retten til indsigt): alle oplysninger, alle versioner af journalnotater og adgangsloggen om borgeren som JSON- og HTML-filer i FOLDER (kun læsbare for ejeren). ID er borgerens id eller CPR-nummer. Logges som en eksport.</translation>
    </message>
    <message>
        <source>Erase every record about a citizen for good (right to erasure); the erasure travels to the synchronised computers, the file is cleaned and the plain safety copies next to it are removed. Without --yes it only says what would be erased (exit 2).</source>
        <translation>Slet alle oplysninger om en borger endeligt (retten til sletning); sletningen sendes videre til de synkroniserede computere, filen renses, og de ukrypterede sikkerhedskopier ved siden af den fjernes. Uden --yes vises kun, hvad der ville blive slettet (exitkode 2).</translation>
    </message>
    <message>
        <source>Closed cases whose last activity is older than the retention period (setting retention.closed_case_years, default 5 years).</source>
        <translation>Afsluttede sager, hvis seneste aktivitet er ældre end opbevaringsperioden (indstillingen retention.closed_case_years, standard 5 år).</translation>
    </message>
    <message>
        <source>--citizen ID is required</source>
        <translation>--citizen ID skal angives</translation>
    </message>
    <message>
        <source>no citizen with id or CPR number &quot;%1&quot;</source>
        <translation>ingen borger med id eller CPR-nummer &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--out FOLDER is required</source>
        <translation>--out FOLDER skal angives</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>mappen %1 findes ikke</translation>
    </message>
    <message>
        <source>--reason TEXT is required (it is kept in the access log)</source>
        <translation>--reason TEXT skal angives (den gemmes i adgangsloggen)</translation>
    </message>
    <message>
        <source>Would erase %1 (%2 records): %3</source>
        <translation>Ville slette %1 (%2 poster): %3</translation>
    </message>
    <message>
        <source>erasure cannot be undone and travels to the synchronised computers; add --yes to erase</source>
        <translation>sletning kan ikke fortrydes og sendes videre til de synkroniserede computere; tilføj --yes for at slette</translation>
    </message>
    <message>
        <source>Erased %1 records; removed %2 safety copies.</source>
        <translation>Slettede %1 poster; fjernede %2 sikkerhedskopier.</translation>
    </message>
    <message numerus="yes">
        <source>No closed cases are due for erasure (retention: %n year(s)).</source>
        <translation>
            <numerusform>Ingen afsluttede sager er klar til sletning (opbevaring: %n år).</numerusform>
            <numerusform>Ingen afsluttede sager er klar til sletning (opbevaring: %n år).</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a new database with a fictitious municipality for performance work: small (50 citizens, 1 year), medium (500, 3 years) or large (5 000 citizens, 300 staff, 8 years, about 2 million appointments). Refuses an existing FILE.</source>
        <translation>Skriver en ny database med en fiktiv kommune til ydelsesmålinger: small (50 borgere, 1 år), medium (500, 3 år) eller large (5.000 borgere, 300 medarbejdere, 8 år, omkring 2 millioner aftaler). Afviser en eksisterende FIL.</translation>
    </message>
    <message>
        <source>The database file (default: %1), or a PostgreSQL server: postgresql://user@host[:port]/database[?sslmode=…&amp;schema=…]; the password comes from PGPASSWORD or ~/.pgpass, never from the command line.</source>
        <translation>Databasefilen (standard: %1) eller en PostgreSQL-server: postgresql://bruger@vært[:port]/database[?sslmode=…&amp;schema=…]; adgangskoden kommer fra PGPASSWORD eller ~/.pgpass, aldrig fra kommandolinjen.</translation>
    </message>
    <message>
        <source>Updated from schema version %1.</source>
        <translation>Opdateret fra skemaversion %1.</translation>
    </message>
    <message>
        <source>generate needs --out FILE</source>
        <translation>generate kræver --out FIL</translation>
    </message>
    <message>
        <source>--scale must be small, medium or large</source>
        <translation>--scale skal være small, medium eller large</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295</source>
        <translation>--seed kræver et helt tal fra 0 til 4294967295</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file (nothing was written).</source>
        <translation>%1 findes allerede; vælg en ny fil (intet blev skrevet).</translation>
    </message>
    <message>
        <source>%1% %2 (%3 s)</source>
        <translation>%1 % %2 (%3 s)</translation>
    </message>
    <message>
        <source>Generating a %1 municipality: %2 citizens, %3 staff, %4 year(s) of history (seed %5).</source>
        <translation>Danner en %1 kommune: %2 borgere, %3 medarbejdere, %4 års historik (frø %5).</translation>
    </message>
    <message>
        <source>Generated into %1 in %2 s:</source>
        <translation>Dannet i %1 på %2 s:</translation>
    </message>
    <message>
        <source>Generated %1 in %2 s (%3 MB):</source>
        <translation>Dannede %1 på %2 s (%3 MB):</translation>
    </message>
</context>
<context>
    <name>Cpr</name>
    <message>
        <source>must have 10 digits (DDMMYY-SSSS)</source>
        <translation>skal have 10 cifre (DDMMÅÅ-SSSS)</translation>
    </message>
    <message>
        <source>may only contain digits (DDMMYY-SSSS)</source>
        <translation>må kun indeholde cifre (DDMMÅÅ-SSSS)</translation>
    </message>
    <message>
        <source>%1 is not a real date of birth</source>
        <translation>%1 er ikke en gyldig fødselsdato</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>unknown column; known columns are %1</source>
        <translation>ukendt kolonne; de kendte kolonner er %1</translation>
    </message>
    <message>
        <source>the column appears twice (also as &quot;%1&quot;)</source>
        <translation>kolonnen findes to gange (også som &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the column &quot;navn&quot; (the citizen&apos;s name) is missing</source>
        <translation>kolonnen &quot;navn&quot; (borgerens navn) mangler</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>nr. %1</translation>
    </message>
    <message>
        <source>a value in a column without a name in the header</source>
        <translation>en værdi i en kolonne uden navn i første linje</translation>
    </message>
    <message>
        <source>unknown target group &quot;%1&quot;; use socialpsykiatri, udviklingshæmning, fysisk handicap or andet</source>
        <translation>ukendt målgruppe &quot;%1&quot;; brug socialpsykiatri, udviklingshæmning, fysisk handicap eller andet</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use aktiv, venteliste or afsluttet</source>
        <translation>ukendt status &quot;%1&quot;; brug aktiv, venteliste eller afsluttet</translation>
    </message>
    <message>
        <source>unknown contact form &quot;%1&quot;; use video or telefon</source>
        <translation>ukendt kontaktform &quot;%1&quot;; brug video eller telefon</translation>
    </message>
    <message>
        <source>CPR number %1 is also on line %2</source>
        <translation>CPR-nummeret %1 står også i linje %2</translation>
    </message>
    <message>
        <source>CPR number %1 already belongs to %2 in the database</source>
        <translation>CPR-nummeret %1 tilhører allerede %2 i databasen</translation>
    </message>
    <message>
        <source>no site is called &quot;%1&quot;; known sites: %2</source>
        <translation>intet sted hedder &quot;%1&quot;; kendte steder: %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one site</source>
        <translation>&quot;%1&quot; passer på flere steder</translation>
    </message>
    <message>
        <source>no staff member has the initials &quot;%1&quot;</source>
        <translation>ingen medarbejder har initialerne &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linje %1: %2</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Linje %1, kolonne %2: %3</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Kunne ikke læse %1: %2</translation>
    </message>
    <message>
        <source>a quoted field is never closed (a &quot; is missing)</source>
        <translation>et felt i anførselstegn bliver ikke lukket (der mangler et &quot;)</translation>
    </message>
    <message>
        <source>the first line must name the columns (at least &quot;navn&quot;)</source>
        <translation>første linje skal angive kolonnernes navne (mindst &quot;navn&quot;)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Intet blev importeret: %1</translation>
    </message>
    <message>
        <source>The file is %1 MB; a file to import may be at most %2 MB. Is it the right file? Split a larger caseload into several files.</source>
        <translation>Filen er på %1 MB; en fil, der skal importeres, må højst være på %2 MB. Er det den rigtige fil? Del en større sagsstamme op i flere filer.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database driver does not expose a SQLite connection.</source>
        <translation>Databasedriveren giver ikke adgang til en SQLite-forbindelse.</translation>
    </message>
    <message>
        <source>Could not register the Danish sort order: %1</source>
        <translation>Kunne ikke registrere den danske sorteringsrækkefølge: %1</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>Databasen %1 findes ikke.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the database.</source>
        <translation>Kunne ikke oprette mappen %1 til databasen.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 er en mappe, ikke en databasefil.</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>Kunne ikke åbne databasen %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Bostøtte database (it could not be read as one).</source>
        <translation>%1 er ikke en Bostøtte-database (den kunne ikke læses som en).</translation>
    </message>
    <message>
        <source>%1 is not a Bostøtte database.</source>
        <translation>%1 er ikke en Bostøtte-database.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Bostøtte.</source>
        <translation>%1 er en database fra et andet program, ikke fra Bostøtte.</translation>
    </message>
    <message>
        <source>Could not configure the database: %1</source>
        <translation>Kunne ikke indstille databasen: %1</translation>
    </message>
    <message>
        <source>Could not read the schema version of %1.</source>
        <translation>Kunne ikke læse skemaversionen for %1.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Bostøtte (schema %2; this version knows up to %3). Update the program.</source>
        <translation>%1 er lavet med en nyere version af Bostøtte (skema %2; denne version kender op til %3). Opdater programmet.</translation>
    </message>
    <message>
        <source>Could not back up the database before updating it: %1</source>
        <translation>Kunne ikke tage en sikkerhedskopi af databasen før opdateringen: %1</translation>
    </message>
    <message>
        <source>Updating the database to schema %1 (%2) failed; nothing was changed by that step: %3</source>
        <translation>Opdateringen af databasen til skema %1 (%2) mislykkedes; det trin ændrede intet: %3</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Databasefejl: %1</translation>
    </message>
    <message>
        <source>Broken reference in table %1 (row %2) to %3</source>
        <translation>Brudt henvisning i tabellen %1 (række %2) til %3</translation>
    </message>
    <message>
        <source>Could not lock the database %1 (the folder may be read-only).</source>
        <translation>Kunne ikke låse databasen %1 (mappen er måske skrivebeskyttet).</translation>
    </message>
    <message>
        <source>The database is already open in Bostøtte (process %1 on %2). Close it there first.</source>
        <translation>Databasen er allerede åben i Bostøtte (proces %1 på %2). Luk den der først.</translation>
    </message>
    <message>
        <source>Could not lock the database %1; try again.</source>
        <translation>Kunne ikke låse databasen %1; prøv igen.</translation>
    </message>
    <message>
        <source>Could not read the server database: %1</source>
        <translation>Serverdatabasen kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>The schema %1 does not exist in the database %2. The IT department creates it (see the README, server mode).</source>
        <translation>Skemaet %1 findes ikke i databasen %2. It-afdelingen opretter det (se README, servertilstand).</translation>
    </message>
    <message>
        <source>The schema %1 of %2 holds tables of another program, not of Bostøtte.</source>
        <translation>Skemaet %1 i %2 indeholder tabeller fra et andet program, ikke fra Bostøtte.</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Server: %1/%2</source>
        <translation>Server: %1/%2</translation>
    </message>
</context>
<context>
    <name>DayList</name>
    <message>
        <source>Date: choose a day</source>
        <translation>Dato: vælg en dag</translation>
    </message>
    <message>
        <source>Staff: choose the staff member whose day to print</source>
        <translation>Medarbejder: vælg den medarbejder, hvis dagsliste skal udskrives</translation>
    </message>
</context>
<context>
    <name>DayListDocument</name>
    <message>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Learning goal</source>
        <translation>Læringsmål</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Delmål:</source>
        <translation>Delmål:</translation>
    </message>
    <message>
        <source>Day list for %1 (%2)</source>
        <translation>Dagsliste for %1 (%2)</translation>
    </message>
    <message>
        <source>Printed %1 at %2 – check the calendar for later changes</source>
        <translation>Udskrevet %1 kl. %2 – se kalenderen for senere ændringer</translation>
    </message>
    <message>
        <source>No appointments on this day.</source>
        <translation>Ingen aftaler denne dag.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Citizen or group</source>
        <translation>Borger eller gruppe</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Working on</source>
        <translation>Arbejder med</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s).</source>
        <translation>
            <numerusform>%n aftale.</numerusform>
            <numerusform>%n aftaler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contains personal data: keep it on you and shred it after use.</source>
        <translation>Indeholder personoplysninger: Hav den på dig, og makulér den efter brug.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Day list for %1</source>
        <translation>Dagsliste for %1</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of demo citizens must be between 0 and 5000.</source>
        <translation>Antallet af demoborgere skal være mellem 0 og 5000.</translation>
    </message>
    <message>
        <source>The number of demo staff must be between 6 and 200.</source>
        <translation>Antallet af demomedarbejdere skal være mellem 6 og 200.</translation>
    </message>
    <message>
        <source>The database already has citizens. Demo data can only be created in a new, empty database.</source>
        <translation>Databasen har allerede borgere. Demodata kan kun oprettes i en ny, tom database.</translation>
    </message>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation>Demodata kunne ikke oprettes: %1</translation>
    </message>
</context>
<context>
    <name>DeskService</name>
    <message>
        <source>The visit is not checked in</source>
        <translation>Besøget er ikke tjekket ind</translation>
    </message>
    <message>
        <source>Site: the desk&apos;s site does not exist</source>
        <translation>Sted: rådgivningens sted findes ikke</translation>
    </message>
    <message>
        <source>Citizen: the chosen citizen does not exist</source>
        <translation>Borger: den valgte borger findes ikke</translation>
    </message>
    <message>
        <source>%1 has no grant to rådgivning on %2 (no active rådgivning support form). The visit can be counted anonymously instead.</source>
        <translation>%1 har ingen bevilling til rådgivning den %2 (ingen aktiv støtteform med rådgivning). Besøget kan i stedet tælles med som anonymt.</translation>
    </message>
    <message>
        <source>%1 has no opening hours: set them under Settings before checking visitors in</source>
        <translation>%1 har ingen åbningstider: angiv dem under Indstillinger, før du tjekker besøgende ind</translation>
    </message>
    <message>
        <source>%1 is closed now. It opens next %2 %3 at %4.</source>
        <translation>%1 er lukket nu. Der er åbent igen %2 den %3 kl. %4.</translation>
    </message>
    <message>
        <source>%1 is already checked in at %2</source>
        <translation>%1 er allerede tjekket ind på %2</translation>
    </message>
    <message>
        <source>The citizen</source>
        <translation>Borgeren</translation>
    </message>
    <message>
        <source>Booked time: the appointment does not exist</source>
        <translation>Booket tid: aftalen findes ikke</translation>
    </message>
    <message>
        <source>Booked time: the appointment is not this visitor&apos;s rådgivning time here</source>
        <translation>Booket tid: aftalen er ikke denne besøgendes rådgivningstid her</translation>
    </message>
    <message>
        <source>The visit has already started</source>
        <translation>Besøget er allerede startet</translation>
    </message>
    <message>
        <source>Staff: choose who you are under Settings before helping visitors</source>
        <translation>Medarbejder: vælg, hvem du er, under Indstillinger, før du hjælper besøgende</translation>
    </message>
    <message>
        <source>Staff: the chosen staff member does not exist</source>
        <translation>Medarbejder: den valgte medarbejder findes ikke</translation>
    </message>
    <message>
        <source>Start the visit before checking out</source>
        <translation>Start besøget, før du tjekker ud</translation>
    </message>
    <message>
        <source>The visit is already checked out</source>
        <translation>Besøget er allerede tjekket ud</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>choose at least one</source>
        <translation>vælg mindst ét</translation>
    </message>
    <message>
        <source>The visit is checked out and counted; it cannot be taken back</source>
        <translation>Besøget er tjekket ud og talt med; det kan ikke fortrydes</translation>
    </message>
    <message>
        <source>Staff: choose who you are under Settings before taking desk duty</source>
        <translation>Medarbejder: vælg, hvem du er, under Indstillinger, før du tager rådgivningsvagt</translation>
    </message>
    <message>
        <source>%1 is already on duty at %2 on %3</source>
        <translation>%1 har allerede vagt på %2 den %3</translation>
    </message>
    <message>
        <source>The staff member is not on duty at the desk that day</source>
        <translation>Medarbejderen har ikke rådgivningsvagt den dag</translation>
    </message>
    <message>
        <source>%1 takes walk-ins only: set a slot length for the site under Settings to book times</source>
        <translation>%1 har kun drop-in: angiv en længde for bookbare tider på stedet under Indstillinger for at kunne booke tider</translation>
    </message>
    <message>
        <source>Time: %1 is not one of the desk&apos;s bookable times</source>
        <translation>Tidspunkt: %1 er ikke en af rådgivningens bookbare tider</translation>
    </message>
    <message>
        <source>Time: %1 is already booked</source>
        <translation>Tidspunkt: %1 er allerede booket</translation>
    </message>
    <message>
        <source>Time: %1 has passed</source>
        <translation>Tidspunkt: %1 er allerede passeret</translation>
    </message>
    <message>
        <source>Staff: choose who you are under Settings before booking</source>
        <translation>Medarbejder: vælg, hvem du er, under Indstillinger, før du booker</translation>
    </message>
</context>
<context>
    <name>DeskVisit</name>
    <message>
        <source>Site</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>choose the site</source>
        <translation>vælg stedet</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Ankommet</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>skal udfyldes</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>cannot be before the arrival</source>
        <translation>kan ikke ligge før ankomsten</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Sluttet</translation>
    </message>
    <message>
        <source>the visit has not started</source>
        <translation>besøget er ikke startet</translation>
    </message>
    <message>
        <source>cannot be before the start</source>
        <translation>kan ikke ligge før starten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
</context>
<context>
    <name>EconomicModel</name>
    <message>
        <source>Staff cost per hour</source>
        <translation>Timepris for personale</translation>
    </message>
    <message>
        <source>between 0 and %1 kr.</source>
        <translation>mellem 0 og %1 kr.</translation>
    </message>
    <message>
        <source>Travel minutes per home visit</source>
        <translation>Køreminutter pr. hjemmebesøg</translation>
    </message>
    <message>
        <source>between 0 and %1 minutes</source>
        <translation>mellem 0 og %1 minutter</translation>
    </message>
    <message>
        <source>Km per home visit</source>
        <translation>Km pr. hjemmebesøg</translation>
    </message>
    <message>
        <source>between 0 and %1 km</source>
        <translation>mellem 0 og %1 km</translation>
    </message>
    <message>
        <source>Km rate</source>
        <translation>Kilometertakst</translation>
    </message>
    <message>
        <source>between 0 and %1 kr. per km</source>
        <translation>mellem 0 og %1 kr. pr. km</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Måltal</translation>
    </message>
    <message>
        <source>the year %1 is not between %2 and %3</source>
        <translation>året %1 ligger ikke mellem %2 og %3</translation>
    </message>
    <message>
        <source>the target for %1 must be between 0 and %2 kr.</source>
        <translation>måltallet for %1 skal være mellem 0 og %2 kr.</translation>
    </message>
    <message>
        <source>The stored economic model could not be read. Restore the defaults under Settings ▸ Economy and save.</source>
        <translation>Den gemte økonomiske model kunne ikke læses. Gendan standardværdierne under Indstillinger ▸ Økonomi, og gem.</translation>
    </message>
    <message>
        <source>Every delivered session is compared with the home visits it replaces: one per citizen served, each as long as the session, with %1 minutes and %2 km of driving per home visit. A staff hour costs %3 kr. and a km %4 kr.</source>
        <translation>Hver leveret aftale sammenlignes med de hjemmebesøg, den erstatter: ét pr. borger, der får støtte, hvert lige så langt som aftalen, med %1 minutters og %2 km kørsel pr. hjemmebesøg. En personaletime koster %3 kr. og en km %4 kr.</translation>
    </message>
    <message>
        <source>Rådgivning (café): each finished desk visit and each delivered counselling appointment serves one citizen in the same staff time, so it saves the travel of one home visit: %1 min × %2 kr. per hour + %3 km × %4 kr. = %5 kr. A booked time checked out at the desk counts once.</source>
        <translation>Rådgivning (café): hvert afsluttet besøg i rådgivningen og hver leveret rådgivningsaftale støtter én borger på samme personaletid og sparer derfor kørslen til ét hjemmebesøg: %1 min × %2 kr. pr. time + %3 km × %4 kr. = %5 kr. En booket tid, der tjekkes ud i rådgivningen, tæller én gang.</translation>
    </message>
    <message>
        <source>Group: a delivered group session with n members present and f facilitators (1 or 2, from the group) saves n × (duration + %1 min) − f × duration staff hours at %2 kr. per hour, plus n × %3 km × %4 kr. A session with few members and two facilitators can cost more than it saves.</source>
        <translation>Gruppe: et leveret gruppemøde med n fremmødte deltagere og f tovholdere (1 eller 2, fra gruppen) sparer n × (varighed + %1 min) − f × varighed personaletimer à %2 kr. pr. time plus n × %3 km × %4 kr. Et møde med få deltagere og to tovholdere kan koste mere, end det sparer.</translation>
    </message>
    <message>
        <source>Virtual: each delivered virtual appointment saves the travel of one home visit, %1 kr.</source>
        <translation>Virtuel: hver leveret virtuel aftale sparer kørslen til ét hjemmebesøg, %1 kr.</translation>
    </message>
    <message>
        <source>Targets are yearly per support form in kr.; a month&apos;s target is a twelfth of its year&apos;s. Cancelled, missed and planned sessions save nothing.</source>
        <translation>Måltal er årlige pr. støtteform i kr.; en måneds måltal er en tolvtedel af årets. Aflyste, udeblevne og planlagte aftaler sparer intet.</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>§ 82 a</source>
        <translation>§ 82 a</translation>
    </message>
    <message>
        <source>§ 82 b</source>
        <translation>§ 82 b</translation>
    </message>
    <message>
        <source>§ 85</source>
        <translation>§ 85</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuel bostøtte</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>Bostøtterådgivning</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppebostøtte</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtuel bostøtte</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Ugentlig</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>Hver anden uge</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>Efter behov</translation>
    </message>
    <message>
        <source>Social psychiatry</source>
        <translation>Socialpsykiatri</translation>
    </message>
    <message>
        <source>Intellectual disability</source>
        <translation>Udviklingshæmning</translation>
    </message>
    <message>
        <source>Physical disability</source>
        <translation>Fysisk handicap</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Venteliste</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Opnået</translation>
    </message>
    <message>
        <source>Partly achieved</source>
        <translation>Delvist opnået</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Ikke opnået</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Ophørt</translation>
    </message>
    <message>
        <source>Develop</source>
        <translation>Udvikle</translation>
    </message>
    <message>
        <source>Maintain</source>
        <translation>Fastholde</translation>
    </message>
    <message>
        <source>Limit loss of function</source>
        <translation>Begrænse tab af funktionsevne</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Ikke vurderet</translation>
    </message>
    <message>
        <source>No reduction</source>
        <translation>Ingen nedsættelse</translation>
    </message>
    <message>
        <source>Mildly reduced</source>
        <translation>Let nedsat</translation>
    </message>
    <message>
        <source>Moderately reduced</source>
        <translation>Moderat nedsat</translation>
    </message>
    <message>
        <source>Severely reduced</source>
        <translation>Svært nedsat</translation>
    </message>
    <message>
        <source>Completely reduced</source>
        <translation>Fuldstændigt nedsat</translation>
    </message>
    <message>
        <source>No support need</source>
        <translation>Intet</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Let</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderat</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Højt</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Fuldstændigt</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>Leder</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Mental functions</source>
        <translation>Mentale funktioner</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Sundhedsforhold</translation>
    </message>
    <message>
        <source>Physical functions</source>
        <translation>Fysiske funktioner</translation>
    </message>
    <message>
        <source>Social conditions</source>
        <translation>Sociale forhold</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>Egenomsorg</translation>
    </message>
    <message>
        <source>Practical tasks</source>
        <translation>Praktiske opgaver</translation>
    </message>
    <message>
        <source>Community life</source>
        <translation>Samfundsliv</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relationer</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation>Mobilitet</translation>
    </message>
    <message>
        <source>Surroundings</source>
        <translation>Omgivelser</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <source>Cancelled by citizen</source>
        <translation>Aflyst af borger</translation>
    </message>
    <message>
        <source>Cancelled by staff</source>
        <translation>Aflyst af medarbejder</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Udeblevet</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Mødt</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Udeblevet</translation>
    </message>
    <message>
        <source>Sent apologies</source>
        <translation>Afbud</translation>
    </message>
    <message>
        <source>e-Boks</source>
        <translation>e-Boks</translation>
    </message>
    <message>
        <source>MitID</source>
        <translation>MitID</translation>
    </message>
    <message>
        <source>Online banking</source>
        <translation>Netbank</translation>
    </message>
    <message>
        <source>Contact with an authority</source>
        <translation>Kontakt med myndigheder</translation>
    </message>
    <message>
        <source>Structure/calendar</source>
        <translation>Struktur/kalender</translation>
    </message>
    <message>
        <source>Weekend duty</source>
        <translation>Weekendvagt</translation>
    </message>
    <message>
        <source>Weekend backup</source>
        <translation>Bagvagt</translation>
    </message>
    <message>
        <source>On-call phone</source>
        <translation>Vagttelefon</translation>
    </message>
    <message>
        <source>Counselling desk</source>
        <translation>Rådgivningsvagt</translation>
    </message>
    <message>
        <source>Repeated no-shows</source>
        <translation>Gentagne udeblivelser</translation>
    </message>
    <message>
        <source>§ 82 b grant ending</source>
        <translation>Bevilling efter § 82 b udløber</translation>
    </message>
    <message>
        <source>Grant ended with open goals</source>
        <translation>Bevilling afsluttet med åbne mål</translation>
    </message>
    <message>
        <source>Grant review due</source>
        <translation>Opfølgning på bevilling</translation>
    </message>
    <message>
        <source>Goal review due</source>
        <translation>Opfølgning på indsatsmål</translation>
    </message>
    <message>
        <source>All delmål met</source>
        <translation>Alle delmål opnået</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Ingen kontakt</translation>
    </message>
    <message>
        <source>Absent from the group</source>
        <translation>Udebliver fra gruppen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Udsat</translation>
    </message>
    <message>
        <source>Continuation</source>
        <translation>Fortsættelse</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Afslutning</translation>
    </message>
    <message>
        <source>Ending and referral to a new effort</source>
        <translation>Afslutning og visitation til ny indsats</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Group note</source>
        <translation>Gruppenotat</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Tilføjelse</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Forbedret</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Uændret</translation>
    </message>
    <message>
        <source>Worsened</source>
        <translation>Forværret</translation>
    </message>
    <message>
        <source>Opened record</source>
        <translation>Åbnet sag</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søgning</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksporteret</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Udskrevet</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Look-up outside own cases</source>
        <translation>Opslag uden for egne sager</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Logget ind</translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation>Log ind afvist</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Brugerkonto ændret</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importeret</translation>
    </message>
    <message>
        <source>Automatic deletion</source>
        <translation>Automatisk sletning</translation>
    </message>
</context>
<context>
    <name>ErasureService</name>
    <message>
        <source>Only an administrator can %1.</source>
        <translation>Kun en administrator kan %1.</translation>
    </message>
    <message>
        <source>erase a citizen&apos;s data</source>
        <translation>slette en borgers data</translation>
    </message>
    <message>
        <source>Give the reason for the erasure (it is kept in the access log).</source>
        <translation>Angiv begrundelsen for sletningen (den gemmes i adgangsloggen).</translation>
    </message>
    <message>
        <source>Could not erase a record of %1: %2. Nothing was erased.</source>
        <translation>Kunne ikke slette en post om %1: %2. Intet blev slettet.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) erased</source>
        <translation>
            <numerusform>%n post slettet</numerusform>
            <numerusform>%n poster slettet</numerusform>
        </translation>
    </message>
    <message>
        <source>These safety copies still hold the erased data and could not be removed; delete them by hand: %1</source>
        <translation>Disse sikkerhedskopier indeholder stadig de slettede data og kunne ikke fjernes; slet dem manuelt: %1</translation>
    </message>
    <message>
        <source>change the retention period</source>
        <translation>ændre opbevaringsperioden</translation>
    </message>
    <message>
        <source>Retention of closed cases: between %1 and %2 years</source>
        <translation>Opbevaring af afsluttede sager: mellem %1 og %2 år</translation>
    </message>
    <message>
        <source>see the cases due for erasure</source>
        <translation>se de sager, der er klar til sletning</translation>
    </message>
</context>
<context>
    <name>FfbCondition</name>
    <message>
        <source>Initiative and motivation</source>
        <translation>Igangsætning og motivation</translation>
    </message>
    <message>
        <source>Organising and planning</source>
        <translation>Organisering og planlægning</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Hukommelse</translation>
    </message>
    <message>
        <source>Emotional functions</source>
        <translation>Følelsesfunktioner</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Opmærksomhed</translation>
    </message>
    <message>
        <source>Daily rhythm</source>
        <translation>Døgnrytme</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Søvn</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Kost</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Motion</translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation>Rusmidler</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicin</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Smerter</translation>
    </message>
    <message>
        <source>Movement functions</source>
        <translation>Bevægefunktioner</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netværk</translation>
    </message>
    <message>
        <source>Family relations</source>
        <translation>Familieforhold</translation>
    </message>
    <message>
        <source>Personal hygiene</source>
        <translation>Personlig hygiejne</translation>
    </message>
    <message>
        <source>Dressing</source>
        <translation>Af- og påklædning</translation>
    </message>
    <message>
        <source>Looking after own health</source>
        <translation>Varetage egen sundhed</translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation>Købe ind</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Gøre rent</translation>
    </message>
    <message>
        <source>Cooking</source>
        <translation>Lave mad</translation>
    </message>
    <message>
        <source>Laundry</source>
        <translation>Vaske tøj</translation>
    </message>
    <message>
        <source>Managing finances</source>
        <translation>Varetage økonomi</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Beskæftigelse</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Uddannelse</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Bolig</translation>
    </message>
    <message>
        <source>Handling mail and e-Boks</source>
        <translation>Håndtere post og e-Boks</translation>
    </message>
    <message>
        <source>Interacting with others</source>
        <translation>Indgå i samspil med andre</translation>
    </message>
    <message>
        <source>Maintaining a network</source>
        <translation>Varetage netværk</translation>
    </message>
    <message>
        <source>Taking part in communities</source>
        <translation>Deltage i fællesskaber</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Using phone and computer</source>
        <translation>Bruge telefon og computer</translation>
    </message>
    <message>
        <source>Using public transport</source>
        <translation>Bruge offentlig transport</translation>
    </message>
    <message>
        <source>Moving around outside the home</source>
        <translation>Færdes uden for hjemmet</translation>
    </message>
    <message>
        <source>Home and physical surroundings</source>
        <translation>Hjem og fysiske omgivelser</translation>
    </message>
    <message>
        <source>Support from relatives</source>
        <translation>Støtte fra pårørende</translation>
    </message>
</context>
<context>
    <name>FileLocation</name>
    <message>
        <source>No database file was given.</source>
        <translation>Der er ikke angivet nogen databasefil.</translation>
    </message>
    <message>
        <source>The database is on a network drive (%1). Bostøtte keeps its file on this computer&apos;s own disk, because SQLite cannot lock files reliably over the network and the data would travel unprotected. Copy it to a local folder, or use the server mode.</source>
        <translation>Databasen ligger på et netværksdrev (%1). Bostøtte gemmer sin fil på computerens egen disk, fordi SQLite ikke kan låse filer pålideligt over netværket, og fordi data ellers ville blive sendt ubeskyttet. Kopiér den til en lokal mappe, eller brug servertilstand.</translation>
    </message>
</context>
<context>
    <name>FollowUpRules</name>
    <message>
        <source>No-show on %1 at %2</source>
        <translation>Udeblivelse %1 kl. %2</translation>
    </message>
    <message>
        <source>No-show on %1 at %2 (%3)</source>
        <translation>Udeblivelse %1 kl. %2 (%3)</translation>
    </message>
    <message>
        <source>%1 no-shows in a row, the latest on %2: assess the citizen&apos;s readiness for %3 support</source>
        <translation>%1 udeblivelser i træk, senest %2: vurder borgerens parathed til %3</translation>
    </message>
    <message>
        <source>§ 82 b grant ends today (%1)</source>
        <translation>Bevillingen efter § 82 b udløber i dag (%1)</translation>
    </message>
    <message numerus="yes">
        <source>§ 82 b grant ends %1 — %n day(s) left</source>
        <translation>
            <numerusform>Bevillingen efter § 82 b udløber %1 — %n dag tilbage</numerusform>
            <numerusform>Bevillingen efter § 82 b udløber %1 — %n dage tilbage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>§ 82 b grant ended %1 with %n indsatsmål still open: %2</source>
        <translation>
            <numerusform>Bevillingen efter § 82 b udløb %1 med %n indsatsmål stadig åbent: %2</numerusform>
            <numerusform>Bevillingen efter § 82 b udløb %1 med %n indsatsmål stadig åbne: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Review of the %1 grant due %2: %3</source>
        <translation>Opfølgning på bevillingen efter %1 senest %2: %3</translation>
    </message>
    <message>
        <source>Review of the indsatsmål &quot;%1&quot; due %2</source>
        <translation>Opfølgning på indsatsmålet &quot;%1&quot; senest %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n delmål of &quot;%1&quot; are met: propose closing the indsatsmål</source>
        <translation>
            <numerusform>%n delmål under &quot;%1&quot; er opnået: foreslå at afslutte indsatsmålet</numerusform>
            <numerusform>Alle %n delmål under &quot;%1&quot; er opnået: foreslå at afslutte indsatsmålet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contact since %1 (%n week(s))</source>
        <translation>
            <numerusform>Ingen kontakt siden %1 (%n uge)</numerusform>
            <numerusform>Ingen kontakt siden %1 (%n uger)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contact registered since the support began %1 (%n week(s))</source>
        <translation>
            <numerusform>Ingen kontakt registreret, siden støtten begyndte %1 (%n uge)</numerusform>
            <numerusform>Ingen kontakt registreret, siden støtten begyndte %1 (%n uger)</numerusform>
        </translation>
    </message>
    <message>
        <source>Absent from %1 sessions in a row of %2, the latest on %3</source>
        <translation>Udeblevet fra %1 møder i træk i %2, senest %3</translation>
    </message>
</context>
<context>
    <name>FollowUpService</name>
    <message>
        <source>No-shows in a row</source>
        <translation>Udeblivelser i træk</translation>
    </message>
    <message>
        <source>Weeks without contact</source>
        <translation>Uger uden kontakt</translation>
    </message>
    <message>
        <source>Group absences in a row</source>
        <translation>Fravær fra gruppen i træk</translation>
    </message>
    <message>
        <source>Days before a § 82 b grant ends</source>
        <translation>Dage før en § 82 b-bevilling udløber</translation>
    </message>
    <message>
        <source>Days before a review date</source>
        <translation>Dage før en opfølgningsdato</translation>
    </message>
    <message>
        <source>%1: between %2 and %3</source>
        <translation>%1: mellem %2 og %3</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>Opgaven findes ikke længere.</translation>
    </message>
    <message>
        <source>The task is already done.</source>
        <translation>Opgaven er allerede udført.</translation>
    </message>
    <message>
        <source>Note: write what was done</source>
        <translation>Notat: skriv, hvad der blev gjort</translation>
    </message>
    <message>
        <source>Done by: choose who you are under Settings</source>
        <translation>Udført af: vælg, hvem du er, under Indstillinger</translation>
    </message>
    <message>
        <source>Snooze until: choose a date after today</source>
        <translation>Udsæt til: vælg en dato efter i dag</translation>
    </message>
    <message>
        <source>Reason: give the reason for waiting</source>
        <translation>Årsag: angiv, hvorfor der ventes</translation>
    </message>
    <message>
        <source>Snoozed by: choose who you are under Settings</source>
        <translation>Udsat af: vælg, hvem du er, under Indstillinger</translation>
    </message>
    <message>
        <source>Assignee: choose a staff member</source>
        <translation>Ansvarlig: vælg en medarbejder</translation>
    </message>
</context>
<context>
    <name>FollowUpTask</name>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>skal udfyldes</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation>Udsat til</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>give the reason for waiting</source>
        <translation>angiv, hvorfor der ventes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
</context>
<context>
    <name>Goal</name>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>must be chosen</source>
        <translation>skal vælges</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>does not belong to the theme %1</source>
        <translation>hører ikke under temaet %1</translation>
    </message>
    <message>
        <source>Goal in the citizen&apos;s words</source>
        <translation>Mål med borgerens ord</translation>
    </message>
    <message>
        <source>must be filled in</source>
        <translation>skal udfyldes</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>must be a date</source>
        <translation>skal være en dato</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Opfølgningsdato</translation>
    </message>
    <message>
        <source>must not be before the start date</source>
        <translation>må ikke ligge før startdatoen</translation>
    </message>
    <message>
        <source>Function level</source>
        <translation>Funktionsevneniveau</translation>
    </message>
    <message>
        <source>is only set for themes under Activity and participation</source>
        <translation>angives kun for temaer under Aktivitet og deltagelse</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Målniveau</translation>
    </message>
    <message>
        <source>a goal to develop needs a target level better than the current level</source>
        <translation>et mål om at udvikle kræver et målniveau, der er bedre end det nuværende</translation>
    </message>
    <message>
        <source>a goal to maintain keeps the current level as its target</source>
        <translation>et mål om at fastholde skal have det nuværende niveau som målniveau</translation>
    </message>
    <message>
        <source>a goal to limit loss cannot target a better level than the current one</source>
        <translation>et mål om at begrænse tab kan ikke have et bedre målniveau end det nuværende</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdato</translation>
    </message>
    <message>
        <source>must be set when the goal is ended</source>
        <translation>skal udfyldes, når målet afsluttes</translation>
    </message>
</context>
<context>
    <name>GoalAssessment</name>
    <message>
        <source>Delmål</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>choose the delmål</source>
        <translation>vælg delmålet</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Vurderet af</translation>
    </message>
    <message>
        <source>choose who assesses</source>
        <translation>vælg, hvem der vurderer</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Vurderet</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>skal udfyldes</translation>
    </message>
</context>
<context>
    <name>GoalFollowUp</name>
    <message>
        <source>The indsatsmål does not exist</source>
        <translation>Indsatsmålet findes ikke</translation>
    </message>
    <message>
        <source>Weeks without a note: between 1 and 52</source>
        <translation>Uger uden notat: mellem 1 og 52</translation>
    </message>
    <message>
        <source>The citizen does not exist</source>
        <translation>Borgeren findes ikke</translation>
    </message>
    <message>
        <source>The indsatsmål has already ended (%1); it cannot be reviewed again</source>
        <translation>Indsatsmålet er allerede afsluttet (%1); der kan ikke følges op på det igen</translation>
    </message>
    <message>
        <source>Reviewed by: choose who made the review</source>
        <translation>Fulgt op af: vælg, hvem der har foretaget opfølgningen</translation>
    </message>
    <message>
        <source>Review date: must not be before the goal&apos;s start (%1)</source>
        <translation>Opfølgningsdato: må ikke ligge før målets start (%1)</translation>
    </message>
    <message>
        <source>Review date: a review is recorded after it took place; the date cannot be in the future</source>
        <translation>Opfølgningsdato: en opfølgning registreres, efter den har fundet sted; datoen kan ikke ligge i fremtiden</translation>
    </message>
    <message>
        <source>Goal outcome: choose how the goal ended</source>
        <translation>Målopfyldelse: vælg, hvordan målet endte</translation>
    </message>
    <message>
        <source>Next review: must be after the review date</source>
        <translation>Næste opfølgning: skal ligge efter opfølgningsdatoen</translation>
    </message>
    <message>
        <source>End date: must be a date</source>
        <translation>Slutdato: skal være en dato</translation>
    </message>
    <message>
        <source>Grant: it no longer exists</source>
        <translation>Bevilling: den findes ikke længere</translation>
    </message>
    <message>
        <source>Support form: it no longer exists</source>
        <translation>Støtteform: den findes ikke længere</translation>
    </message>
</context>
<context>
    <name>GoalReports</name>
    <message>
        <source>0–3 months</source>
        <translation>0–3 måneder</translation>
    </message>
    <message>
        <source>3–6 months</source>
        <translation>3–6 måneder</translation>
    </message>
    <message>
        <source>6–9 months</source>
        <translation>6–9 måneder</translation>
    </message>
    <message>
        <source>9–12 months</source>
        <translation>9–12 måneder</translation>
    </message>
    <message>
        <source>over 12 months</source>
        <translation>over 12 måneder</translation>
    </message>
    <message>
        <source>Indsatsmål ended in the period, by how they ended, and the indsatsmål still active on the last day of the period.</source>
        <translation>Indsatsmål afsluttet i perioden, fordelt på hvordan de endte, og de indsatsmål, der stadig er aktive på periodens sidste dag.</translation>
    </message>
    <message>
        <source>Indsatsmål</source>
        <translation>Indsatsmål</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assessments of delmål made in the period (in journal notes and reviews), by the FFB theme of their indsatsmål: improved, unchanged or worsened.</source>
        <translation>Vurderinger af delmål foretaget i perioden (i journalnotater og opfølgninger) fordelt på FFB-temaet for deres indsatsmål: forbedret, uændret eller forværret.</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Vurderinger</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Share improved</source>
        <translation>Andel forbedret</translation>
    </message>
    <message>
        <source>Courses of § 82 b support in force at some time in the period (a grant lasts at most 6 months; grants that follow on without a gap are one course), by how long they lasted: to their last day when they ended in the period, otherwise so far. A month is 30.44 days.</source>
        <translation>Forløb med støtte efter § 82 b, der har været i kraft på et tidspunkt i perioden (en bevilling varer højst 6 måneder; bevillinger, der følger efter hinanden uden ophold, er ét forløb), fordelt på varighed: til sidste dag, hvis forløbet sluttede i perioden, ellers indtil nu. En måned regnes som 30,44 dage.</translation>
    </message>
    <message>
        <source>Courses of support</source>
        <translation>Støtteforløb</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Igangværende</translation>
    </message>
</context>
<context>
    <name>GoalReview</name>
    <message>
        <source>Indsatsmål</source>
        <translation>Indsatsmål</translation>
    </message>
    <message>
        <source>choose the goal</source>
        <translation>vælg indsatsmålet</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Opfølgningsdato</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>skal udfyldes</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammenfatning</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Skrevet af</translation>
    </message>
    <message>
        <source>choose who writes the review</source>
        <translation>vælg, hvem der skriver opfølgningen</translation>
    </message>
</context>
<context>
    <name>Grant</name>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>must be chosen</source>
        <translation>skal vælges</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>must not be before the start date</source>
        <translation>må ikke ligge før startdatoen</translation>
    </message>
    <message>
        <source>a § 82 b grant is time-limited and needs an end date</source>
        <translation>en bevilling efter § 82 b er tidsbegrænset og skal have en slutdato</translation>
    </message>
    <message>
        <source>a § 82 b grant may last at most 6 months (until %1)</source>
        <translation>en bevilling efter § 82 b kan højst vare 6 måneder (til og med %1)</translation>
    </message>
    <message>
        <source>Purpose of the effort</source>
        <translation>Indsatsformål</translation>
    </message>
    <message>
        <source>must be filled in</source>
        <translation>skal udfyldes</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Pakke</translation>
    </message>
    <message>
        <source>the maximum hours per week must be more than 0</source>
        <translation>det højeste antal timer pr. uge skal være over 0</translation>
    </message>
    <message>
        <source>the minimum may not exceed the maximum</source>
        <translation>minimum må ikke være større end maksimum</translation>
    </message>
    <message>
        <source>a week has only 168 hours</source>
        <translation>en uge har kun 168 timer</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timer pr. uge</translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation>skal være over 0</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Opfølgningsdato</translation>
    </message>
    <message>
        <source>must not be after the end date</source>
        <translation>må ikke ligge efter slutdatoen</translation>
    </message>
    <message>
        <source>%1–%2 h/week</source>
        <translation>%1–%2 timer/uge</translation>
    </message>
    <message>
        <source>%1 h/week</source>
        <translation>%1 timer/uge</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
</context>
<context>
    <name>GroupMember</name>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>must be chosen</source>
        <translation>skal vælges</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
</context>
<context>
    <name>GroupNote</name>
    <message>
        <source>Session</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>choose the session</source>
        <translation>vælg mødet</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Skrevet af</translation>
    </message>
    <message>
        <source>choose who writes the note</source>
        <translation>vælg, hvem der skriver notatet</translation>
    </message>
    <message>
        <source>Group note</source>
        <translation>Gruppenotat</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>skal udfyldes</translation>
    </message>
</context>
<context>
    <name>GroupSessions</name>
    <message>
        <source>Group: the chosen group does not exist</source>
        <translation>Gruppe: den valgte gruppe findes ikke</translation>
    </message>
    <message>
        <source>Session: the chosen session does not exist</source>
        <translation>Møde: det valgte møde findes ikke</translation>
    </message>
    <message>
        <source>Session: the appointment is not a group session</source>
        <translation>Møde: aftalen er ikke et gruppemøde</translation>
    </message>
    <message>
        <source>(unknown citizen)</source>
        <translation>(ukendt borger)</translation>
    </message>
    <message>
        <source>Facilitator: choose who runs the sessions</source>
        <translation>Tovholder: vælg, hvem der leder møderne</translation>
    </message>
    <message>
        <source>Sessions: the plan gives no meetings</source>
        <translation>Møder: planen giver ingen møder</translation>
    </message>
    <message>
        <source>First date: the group starts on %1; sessions cannot come before</source>
        <translation>Første dato: gruppen starter den %1; der kan ikke ligge møder før</translation>
    </message>
    <message>
        <source>Sessions: the group ends on %1, and the plan runs until %2</source>
        <translation>Møder: gruppen slutter den %1, og planen løber til %2</translation>
    </message>
    <message>
        <source>Sessions: %1 already meets on %2 at %3; plan from a later date or at another time</source>
        <translation>Møder: %1 mødes allerede %2 kl. %3; planlæg fra en senere dato eller på et andet tidspunkt</translation>
    </message>
    <message>
        <source>Registered by: choose who you are under Settings</source>
        <translation>Registreret af: vælg, hvem du er, under Indstillinger</translation>
    </message>
    <message>
        <source>Registered by: the chosen staff member does not exist</source>
        <translation>Registreret af: den valgte medarbejder findes ikke</translation>
    </message>
    <message>
        <source>Attendance: the session was cancelled</source>
        <translation>Fremmøde: mødet blev aflyst</translation>
    </message>
    <message>
        <source>Attendance: the session on %1 at %2 has not started yet</source>
        <translation>Fremmøde: mødet %1 kl. %2 er ikke begyndt endnu</translation>
    </message>
    <message>
        <source>Attendance: register at least one member</source>
        <translation>Fremmøde: registrer mindst én deltager</translation>
    </message>
    <message>
        <source>Attendance: %1 is not a member of the group on %2</source>
        <translation>Fremmøde: %1 er ikke deltager i gruppen den %2</translation>
    </message>
    <message>
        <source>the citizen</source>
        <translation>borgeren</translation>
    </message>
    <message>
        <source>Attendance: a member is registered twice</source>
        <translation>Fremmøde: en deltager er registreret to gange</translation>
    </message>
    <message>
        <source>Group note: a note cannot be written in the future</source>
        <translation>Gruppenotat: et notat kan ikke skrives frem i tiden</translation>
    </message>
    <message>
        <source>Author: choose who you are under Settings</source>
        <translation>Forfatter: vælg, hvem du er, under Indstillinger</translation>
    </message>
    <message>
        <source>Group note: register the attendance before writing the note</source>
        <translation>Gruppenotat: registrer fremmødet, før du skriver notatet</translation>
    </message>
    <message>
        <source>Group note: nobody was present, so there is no one to write it to</source>
        <translation>Gruppenotat: ingen var til stede, så der er ingen at skrive det til</translation>
    </message>
    <message>
        <source>Personal addition: %1 was not present at the session</source>
        <translation>Personlig tilføjelse: %1 var ikke til stede ved mødet</translation>
    </message>
    <message>
        <source>Group note: the note was written on %1 and is locked %2 hours after it was written</source>
        <translation>Gruppenotat: notatet blev skrevet %1 og låses %2 timer, efter det er skrevet</translation>
    </message>
    <message>
        <source>Author: the chosen staff member does not exist</source>
        <translation>Forfatter: den valgte medarbejder findes ikke</translation>
    </message>
    <message>
        <source>Group note: a present member&apos;s record no longer exists</source>
        <translation>Gruppenotat: oplysningerne om en fremmødt deltager findes ikke længere</translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <source>Bostøtte %1 to %2</source>
        <translation>Bostøtte %1 til %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>Medarbejder: %1</translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation>Gruppe: %1</translation>
    </message>
    <message>
        <source>The calendar needs a valid period.</source>
        <translation>Kalenderen kræver en gyldig periode.</translation>
    </message>
</context>
<context>
    <name>JournalNote</name>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>choose the citizen</source>
        <translation>vælg borgeren</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Skrevet af</translation>
    </message>
    <message>
        <source>choose who writes the note</source>
        <translation>vælg, hvem der skriver notatet</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skrevet</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>skal udfyldes</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Personal addition</source>
        <translation>Personlig tilføjelse</translation>
    </message>
</context>
<context>
    <name>JournalRevision</name>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>skal udfyldes</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Skrevet af</translation>
    </message>
    <message>
        <source>choose who writes the note</source>
        <translation>vælg, hvem der skriver notatet</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gemt</translation>
    </message>
    <message>
        <source>Personal addition</source>
        <translation>Personlig tilføjelse</translation>
    </message>
</context>
<context>
    <name>JournalService</name>
    <message>
        <source>Delmål: a chosen delmål no longer exists</source>
        <translation>Delmål: et valgt delmål findes ikke længere</translation>
    </message>
    <message>
        <source>Delmål: the goal of a chosen delmål no longer exists</source>
        <translation>Delmål: indsatsmålet for et valgt delmål findes ikke længere</translation>
    </message>
    <message>
        <source>Delmål: “%1” belongs to another citizen</source>
        <translation>Delmål: “%1” tilhører en anden borger</translation>
    </message>
    <message>
        <source>Delmål: a delmål is assessed twice in one note</source>
        <translation>Delmål: et delmål er vurderet to gange i samme notat</translation>
    </message>
    <message>
        <source>New level: %1 has no funktionsevneniveau (only themes under Aktivitet og deltagelse have one)</source>
        <translation>Nyt niveau: %1 har intet funktionsevneniveau (kun temaer under Aktivitet og deltagelse har et)</translation>
    </message>
    <message>
        <source>Author: choose who you are under Settings</source>
        <translation>Skrevet af: vælg, hvem du er, under Indstillinger</translation>
    </message>
    <message>
        <source>Author: the chosen staff member does not exist</source>
        <translation>Skrevet af: den valgte medarbejder findes ikke</translation>
    </message>
    <message>
        <source>Note: the note no longer exists</source>
        <translation>Notat: notatet findes ikke længere</translation>
    </message>
    <message>
        <source>Note: a group note is changed from the group session, where the shared text is written</source>
        <translation>Notat: et gruppenotat ændres fra gruppemødet, hvor den fælles tekst skrives</translation>
    </message>
    <message>
        <source>Note: the note was signed on %1 and is locked; write an addendum to correct it</source>
        <translation>Notat: notatet blev underskrevet %1 og er låst; skriv en tilføjelse for at rette det</translation>
    </message>
    <message>
        <source>Note: the note was written on %1 and locked %2 hours later; write an addendum to correct it</source>
        <translation>Notat: notatet blev skrevet %1 og låst %2 timer senere; skriv en tilføjelse for at rette det</translation>
    </message>
    <message>
        <source>Note: group notes are written from the group session</source>
        <translation>Notat: gruppenotater skrives fra gruppemødet</translation>
    </message>
    <message>
        <source>Note: a note cannot be written in the future</source>
        <translation>Notat: et notat kan ikke skrives frem i tiden</translation>
    </message>
    <message>
        <source>Citizen: the chosen citizen does not exist</source>
        <translation>Borger: den valgte borger findes ikke</translation>
    </message>
    <message>
        <source>Appointment: the appointment no longer exists</source>
        <translation>Aftale: aftalen findes ikke længere</translation>
    </message>
    <message>
        <source>Appointment: the appointment is not with this citizen</source>
        <translation>Aftale: aftalen er ikke med denne borger</translation>
    </message>
    <message>
        <source>Addendum: the note it corrects no longer exists</source>
        <translation>Tilføjelse: det notat, den retter, findes ikke længere</translation>
    </message>
    <message>
        <source>Addendum: the note it corrects is another citizen&apos;s</source>
        <translation>Tilføjelse: det notat, den retter, tilhører en anden borger</translation>
    </message>
    <message>
        <source>Addendum: the note can still be changed; edit it instead of writing an addendum</source>
        <translation>Tilføjelse: notatet kan stadig ændres; ret det i stedet for at skrive en tilføjelse</translation>
    </message>
    <message>
        <source>Sign: choose who you are under Settings</source>
        <translation>Underskriv: vælg, hvem du er, under Indstillinger</translation>
    </message>
    <message>
        <source>Sign: a group note locks %1 hours after the session note was written</source>
        <translation>Underskriv: et gruppenotat låses %1 timer efter, at mødenotatet er skrevet</translation>
    </message>
    <message>
        <source>Sign: the note was already signed on %1</source>
        <translation>Underskriv: notatet blev allerede underskrevet %1</translation>
    </message>
    <message>
        <source>Sign: only the note&apos;s author (%1) can sign it</source>
        <translation>Underskriv: kun den, der har skrevet notatet (%1), kan underskrive det</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Hjemmebesøg</translation>
    </message>
    <message>
        <source>Purpose of the visit: 
What we did: 
How it went: 
Agreements for next time: </source>
        <translation>Formål med besøget: 
Hvad vi gjorde: 
Hvordan det gik: 
Aftaler til næste gang: </translation>
    </message>
    <message>
        <source>Practical task</source>
        <translation>Praktisk opgave</translation>
    </message>
    <message>
        <source>Task: 
What the citizen did themselves: 
Where support was needed: 
Next step: </source>
        <translation>Opgave: 
Hvad borgeren selv gjorde: 
Hvor der var brug for støtte: 
Næste skridt: </translation>
    </message>
    <message>
        <source>Counselling visit</source>
        <translation>Rådgivningsbesøg</translation>
    </message>
    <message>
        <source>Help with (e-Boks, MitID, netbank, letters, authorities): 
What we did: 
What the citizen did themselves: 
Follow-up: </source>
        <translation>Hjælp til (e-Boks, MitID, netbank, breve, myndigheder): 
Hvad vi gjorde: 
Hvad borgeren selv gjorde: 
Opfølgning: </translation>
    </message>
    <message>
        <source>Short question</source>
        <translation>Kort spørgsmål</translation>
    </message>
    <message>
        <source>Question: 
Answer/help given: </source>
        <translation>Spørgsmål: 
Svar/hjælp: </translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Gruppemøde</translation>
    </message>
    <message>
        <source>Participation: 
What the citizen worked on: 
Contact with the others: 
Next time: </source>
        <translation>Deltagelse: 
Hvad borgeren arbejdede med: 
Kontakt med de andre: 
Næste gang: </translation>
    </message>
    <message>
        <source>Screen visit</source>
        <translation>Skærmbesøg</translation>
    </message>
    <message>
        <source>Channel (video/phone): 
What we talked about: 
How the citizen is doing: 
Agreements: </source>
        <translation>Kanal (video/telefon): 
Hvad vi talte om: 
Hvordan borgeren har det: 
Aftaler: </translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Ingen kontakt</translation>
    </message>
    <message>
        <source>Tried to reach the citizen at: 
What we did next: </source>
        <translation>Forsøgte at kontakte borgeren på: 
Hvad vi gjorde derefter: </translation>
    </message>
    <message>
        <source>The record was not found (it may have been removed).</source>
        <translation>Posten blev ikke fundet (den kan være fjernet).</translation>
    </message>
</context>
<context>
    <name>LedelseCharts</name>
    <message>
        <source>Citizens per support form</source>
        <translation>Borgere pr. støtteform</translation>
    </message>
    <message>
        <source>Combinations of support forms</source>
        <translation>Kombinationer af støtteformer</translation>
    </message>
    <message>
        <source>Planned and delivered sessions</source>
        <translation>Planlagte og leverede aftaler</translation>
    </message>
    <message>
        <source>Planned and delivered hours</source>
        <translation>Planlagte og leverede timer</translation>
    </message>
    <message>
        <source>No-shows and cancellations per support form</source>
        <translation>Udeblivelser og aflysninger pr. støtteform</translation>
    </message>
    <message>
        <source>No-shows and cancellations per site</source>
        <translation>Udeblivelser og aflysninger pr. sted</translation>
    </message>
    <message>
        <source>Reasons for no-shows and cancellations</source>
        <translation>Årsager til udeblivelser og aflysninger</translation>
    </message>
    <message>
        <source>Caseload per staff member</source>
        <translation>Sagsstamme pr. medarbejder</translation>
    </message>
    <message>
        <source>Travel for individual visits</source>
        <translation>Kørsel til individuelle besøg</translation>
    </message>
    <message>
        <source>Rådgivning: visits per opening day</source>
        <translation>Rådgivning: besøg pr. åbningsdag</translation>
    </message>
    <message>
        <source>Rådgivning: waiting and visit times</source>
        <translation>Rådgivning: vente- og besøgstider</translation>
    </message>
    <message>
        <source>Groups: attendance per session</source>
        <translation>Grupper: fremmøde pr. møde</translation>
    </message>
    <message>
        <source>Groups: attendance per member</source>
        <translation>Grupper: fremmøde pr. deltager</translation>
    </message>
    <message>
        <source>Indsatsmål: reached, partly, not reached, ended</source>
        <translation>Indsatsmål: opnået, delvist, ikke opnået, afsluttet</translation>
    </message>
    <message>
        <source>Delmål progress by FFB theme</source>
        <translation>Udvikling i delmål pr. FFB-tema</translation>
    </message>
    <message>
        <source>Duration of § 82 b grants</source>
        <translation>Varighed af § 82 b-bevillinger</translation>
    </message>
    <message>
        <source>Realised savings per month</source>
        <translation>Realiserede gevinster pr. måned</translation>
    </message>
    <message>
        <source>Realised savings per year against the target</source>
        <translation>Realiserede gevinster pr. år i forhold til måltal</translation>
    </message>
</context>
<context>
    <name>OwnerOnly</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Could not make %1 private to this user: %2</source>
        <translation>Kunne ikke gøre %1 privat for denne bruger: %2</translation>
    </message>
</context>
<context>
    <name>PayloadCodec</name>
    <message>
        <source>The bundle&apos;s content is not valid, so nothing was imported: %1</source>
        <translation>Filens indhold er ikke gyldigt, så intet blev indlæst: %1</translation>
    </message>
    <message>
        <source>change %1: %2</source>
        <translation>ændring %1: %2</translation>
    </message>
    <message>
        <source>it does not start with the expected record</source>
        <translation>det begynder ikke med den forventede post</translation>
    </message>
    <message>
        <source>a heading is not text</source>
        <translation>en overskrift er ikke tekst</translation>
    </message>
    <message>
        <source>unknown content format</source>
        <translation>ukendt indholdsformat</translation>
    </message>
    <message>
        <source>the sender&apos;s name is not valid</source>
        <translation>afsenderens navn er ikke gyldigt</translation>
    </message>
    <message>
        <source>the sender&apos;s version vector is not valid</source>
        <translation>afsenderens versionsvektor er ikke gyldig</translation>
    </message>
    <message>
        <source>unknown heading &quot;%1&quot;</source>
        <translation>ukendt overskrift &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the content is cut off or damaged</source>
        <translation>indholdet er afkortet eller beskadiget</translation>
    </message>
    <message>
        <source>unexpected data after the content</source>
        <translation>uventede data efter indholdet</translation>
    </message>
    <message>
        <source>the list of changes is missing</source>
        <translation>listen over ændringer mangler</translation>
    </message>
    <message>
        <source>the list of changes is not valid</source>
        <translation>listen over ændringer er ikke gyldig</translation>
    </message>
    <message>
        <source>more than %L1 changes</source>
        <translation>mere end %L1 ændringer</translation>
    </message>
    <message>
        <source>the list of changes is cut off</source>
        <translation>listen over ændringer er afkortet</translation>
    </message>
    <message>
        <source>not a change record</source>
        <translation>ikke en ændringspost</translation>
    </message>
    <message>
        <source>the origin site is not a valid id</source>
        <translation>oprindelsescomputeren er ikke et gyldigt id</translation>
    </message>
    <message>
        <source>the counter is not a positive number</source>
        <translation>tælleren er ikke et positivt tal</translation>
    </message>
    <message>
        <source>the clock is not text</source>
        <translation>tidsstemplet er ikke tekst</translation>
    </message>
    <message>
        <source>the clock is not a valid clock of the origin site</source>
        <translation>tidsstemplet er ikke et gyldigt tidsstempel fra oprindelsescomputeren</translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot;</source>
        <translation>ukendt tabel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the record id of table %1 is not valid</source>
        <translation>postens id i tabellen %1 er ikke gyldigt</translation>
    </message>
    <message>
        <source>unknown kind of change</source>
        <translation>ukendt slags ændring</translation>
    </message>
    <message>
        <source>the field values are not valid (null, numbers or text up to 1 MB)</source>
        <translation>feltværdierne er ikke gyldige (null, tal eller tekst på op til 1 MB)</translation>
    </message>
    <message>
        <source>table %1 has no field &quot;%2&quot;</source>
        <translation>tabellen %1 har intet felt &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a purge carries field values</source>
        <translation>en endelig sletning indeholder feltværdier</translation>
    </message>
    <message>
        <source>a change without fields</source>
        <translation>en ændring uden felter</translation>
    </message>
    <message>
        <source>the deletion marker is neither 0 nor 1</source>
        <translation>sletningsmarkeringen er hverken 0 eller 1</translation>
    </message>
    <message>
        <source>the base clocks are not valid</source>
        <translation>grundtidsstemplerne er ikke gyldige</translation>
    </message>
    <message>
        <source>the seen vector is not valid</source>
        <translation>vektoren over sete ændringer er ikke gyldig</translation>
    </message>
    <message>
        <source>the recipient&apos;s assumed version vector is not valid</source>
        <translation>modtagerens forventede versionsvektor er ikke gyldig</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>must be a date</source>
        <translation>skal være en dato</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>must not be before the start date</source>
        <translation>må ikke ligge før startdatoen</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>No staff member has the initials %1.</source>
        <translation>Ingen medarbejder har initialerne %1.</translation>
    </message>
    <message>
        <source>Initials: %1 is already used by %2</source>
        <translation>Initialer: %1 bruges allerede af %2</translation>
    </message>
    <message>
        <source>Team: the chosen team does not exist</source>
        <translation>Team: det valgte team findes ikke</translation>
    </message>
    <message>
        <source>Site: the chosen site does not exist</source>
        <translation>Sted: det valgte sted findes ikke</translation>
    </message>
    <message>
        <source>Facilitators: the chosen staff member does not exist</source>
        <translation>Tovholdere: den valgte medarbejder findes ikke</translation>
    </message>
    <message>
        <source>Group: the chosen group does not exist</source>
        <translation>Gruppe: den valgte gruppe findes ikke</translation>
    </message>
    <message>
        <source>Citizen: the chosen citizen does not exist</source>
        <translation>Borger: den valgte borger findes ikke</translation>
    </message>
    <message>
        <source>Group: the citizen is already a member in this period</source>
        <translation>Gruppe: borgeren er allerede med i gruppen i denne periode</translation>
    </message>
    <message>
        <source>Group: %1 is full (capacity %2)</source>
        <translation>Gruppe: %1 er fuld (%2 pladser)</translation>
    </message>
    <message>
        <source>Contact person: the chosen staff member does not exist</source>
        <translation>Kontaktperson: den valgte medarbejder findes ikke</translation>
    </message>
    <message>
        <source>End date: must be a date</source>
        <translation>Slutdato: skal være en dato</translation>
    </message>
    <message>
        <source>Legal basis: § 82 b is never delivered as group support, and this grant has a group allocation. End the group allocation first.</source>
        <translation>Lovgrundlag: § 82 b gives aldrig som gruppebostøtte, og bevillingen har gruppebostøtte. Afslut gruppebostøtten først.</translation>
    </message>
    <message>
        <source>Period: an allocation (%1 from %2) lies outside the new period. Use &quot;End grant&quot; to end both, or change the allocation first.</source>
        <translation>Periode: en støtteform (%1 fra %2) ligger uden for den nye periode. Brug &quot;Afslut bevilling&quot; for at afslutte begge, eller ret støtteformen først.</translation>
    </message>
    <message>
        <source>End date: must be on or after the start date %1</source>
        <translation>Slutdato: må ikke ligge før startdatoen %1</translation>
    </message>
    <message>
        <source>Grant: the chosen grant does not exist</source>
        <translation>Bevilling: den valgte bevilling findes ikke</translation>
    </message>
    <message>
        <source>Grant: the grant belongs to another citizen</source>
        <translation>Bevilling: bevillingen tilhører en anden borger</translation>
    </message>
    <message>
        <source>Support form: a § 82 b grant is never delivered as group support</source>
        <translation>Støtteform: en bevilling efter § 82 b gives aldrig som gruppebostøtte</translation>
    </message>
    <message>
        <source>From: the allocation cannot start before the grant (%1)</source>
        <translation>Fra: støtteformen kan ikke starte før bevillingen (%1)</translation>
    </message>
    <message>
        <source>To: the allocation must end when the grant ends (%1) or before</source>
        <translation>Til: støtteformen skal slutte senest samtidig med bevillingen (%1)</translation>
    </message>
    <message>
        <source>Grant: the chosen grant does not belong to the citizen</source>
        <translation>Bevilling: den valgte bevilling tilhører ikke borgeren</translation>
    </message>
    <message>
        <source>Status: choose how the goal ended</source>
        <translation>Status: vælg, hvordan målet endte</translation>
    </message>
    <message>
        <source>Goal: the chosen indsatsmål does not exist</source>
        <translation>Indsatsmål: det valgte indsatsmål findes ikke</translation>
    </message>
    <message>
        <source>Deadline: must not be before the goal&apos;s start (%1)</source>
        <translation>Frist: må ikke ligge før indsatsmålets start (%1)</translation>
    </message>
    <message>
        <source>Status: choose how the sub-goal ended</source>
        <translation>Status: vælg, hvordan delmålet endte</translation>
    </message>
    <message>
        <source>Group: choose the group the citizen joins</source>
        <translation>Gruppe: vælg den gruppe, borgeren skal deltage i</translation>
    </message>
</context>
<context>
    <name>ReportFilter</name>
    <message>
        <source>Choose a period with a start and an end date.</source>
        <translation>Vælg en periode med en start- og en slutdato.</translation>
    </message>
    <message>
        <source>The period must not end before it starts.</source>
        <translation>Perioden må ikke slutte, før den begynder.</translation>
    </message>
    <message>
        <source>The period can be at most 20 years.</source>
        <translation>Perioden kan højst være 20 år.</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>Someone else changed this record after you opened it. Nothing was overwritten: open it again to see the latest version.</source>
        <translation>En anden har ændret oplysningerne, efter du åbnede dem. Intet er overskrevet: Åbn dem igen for at se den nyeste udgave.</translation>
    </message>
    <message>
        <source>The record was not found (it may have been removed).</source>
        <translation>Oplysningerne blev ikke fundet (de er måske slettet).</translation>
    </message>
</context>
<context>
    <name>RightsLookup</name>
    <message>
        <source>Type the citizen&apos;s CPR number.</source>
        <translation>Skriv borgerens CPR-nummer.</translation>
    </message>
</context>
<context>
    <name>RotaDuty</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>skal udfyldes</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>choose a staff member</source>
        <translation>vælg en medarbejder</translation>
    </message>
    <message>
        <source>weekend duty is on a Saturday or Sunday</source>
        <translation>weekendvagt ligger på en lørdag eller søndag</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>choose the desk&apos;s site</source>
        <translation>vælg rådgivningens sted</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
</context>
<context>
    <name>RotaService</name>
    <message>
        <source>The rotation starts on a Saturday</source>
        <translation>Turnussen begynder på en lørdag</translation>
    </message>
    <message>
        <source>Choose between 1 and 52 weekends</source>
        <translation>Vælg mellem 1 og 52 weekender</translation>
    </message>
    <message>
        <source>A staff member in the rotation is no longer listed</source>
        <translation>En medarbejder i turnussen er ikke længere på listen</translation>
    </message>
    <message>
        <source>A weekend rotation needs at least two staff members: one on duty and one on backup</source>
        <translation>En weekendturnus kræver mindst to medarbejdere: én på vagt og én på bagvagt</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Vælg en dato</translation>
    </message>
    <message>
        <source>Desk shifts are set on the counselling desk</source>
        <translation>Vagter i rådgivningen planlægges under Rådgivningen</translation>
    </message>
    <message>
        <source>Weekend duty is on a Saturday or Sunday</source>
        <translation>Weekendvagt ligger på en lørdag eller søndag</translation>
    </message>
    <message>
        <source>Choose a listed staff member</source>
        <translation>Vælg en medarbejder fra listen</translation>
    </message>
    <message>
        <source>The same person cannot be both on duty and on backup</source>
        <translation>Den samme person kan ikke både have vagt og bagvagt</translation>
    </message>
    <message>
        <source>The last day must not be before the first</source>
        <translation>Sidste dag må ikke ligge før første dag</translation>
    </message>
    <message>
        <source>Choose at most a year at a time</source>
        <translation>Vælg højst et år ad gangen</translation>
    </message>
</context>
<context>
    <name>SavingsReport</name>
    <message>
        <source>Model: %1 kr. per staff hour, %2 min and %3 km per home visit, %4 kr. per km (Settings ▸ Economy).</source>
        <translation>Model: %1 kr. pr. personaletime, %2 min og %3 km pr. hjemmebesøg, %4 kr. pr. km (Indstillinger ▸ Økonomi).</translation>
    </message>
    <message>
        <source>Realised savings per month</source>
        <translation>Realiserede gevinster pr. måned</translation>
    </message>
    <message>
        <source>Staff time and travel saved by rådgivning (café), group and virtual support compared with the same support given 1:1 at home, in kr. per month, against a twelfth of the year&apos;s target for the forms chosen. </source>
        <translation>Personaletid og kørsel sparet ved rådgivning (café), gruppebostøtte og virtuel bostøtte sammenlignet med samme støtte givet 1:1 i hjemmet, i kr. pr. måned, i forhold til en tolvtedel af årets måltal for de valgte støtteformer. </translation>
    </message>
    <message>
        <source>kr.</source>
        <translation>kr.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Café</source>
        <translation>Café</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtuel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Måltal</translation>
    </message>
    <message>
        <source>Hours saved</source>
        <translation>Sparede timer</translation>
    </message>
    <message>
        <source>Km saved</source>
        <translation>Sparede km</translation>
    </message>
    <message>
        <source>Realised savings per year against the target</source>
        <translation>Realiserede gevinster pr. år i forhold til måltal</translation>
    </message>
    <message>
        <source>Staff time and travel saved by rådgivning (café), group and virtual support compared with the same support given 1:1 at home, in kr. per year against the yearly targets. A year partly inside the period counts only that part, and its target only the months inside it. </source>
        <translation>Personaletid og kørsel sparet ved rådgivning (café), gruppebostøtte og virtuel bostøtte sammenlignet med samme støtte givet 1:1 i hjemmet, i kr. pr. år i forhold til de årlige måltal. Et år, der kun delvist ligger i perioden, tæller kun med den del, og dets måltal kun med månederne i perioden. </translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Café target</source>
        <translation>Måltal café</translation>
    </message>
    <message>
        <source>Group target</source>
        <translation>Måltal gruppe</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Total target</source>
        <translation>Måltal i alt</translation>
    </message>
</context>
<context>
    <name>ScaleGenerator</name>
    <message>
        <source>The database already has citizens or staff; generate into a new file.</source>
        <translation>Databasen har allerede borgere eller medarbejdere; dan kommunen i en ny fil.</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>citizens</source>
        <translation>borgere</translation>
    </message>
    <message>
        <source>group sessions</source>
        <translation>gruppemøder</translation>
    </message>
    <message>
        <source>desk visits</source>
        <translation>skrankebesøg</translation>
    </message>
    <message>
        <source>done</source>
        <translation>færdig</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>Cancelled by: choose whether the citizen or the staff cancelled</source>
        <translation>Aflyst af: vælg, om borgeren eller medarbejderen aflyste</translation>
    </message>
    <message>
        <source>Service hours: give a start and an end time</source>
        <translation>Støttetid: angiv et start- og et sluttidspunkt</translation>
    </message>
    <message>
        <source>Service hours: the end (%1) must be after the start (%2)</source>
        <translation>Støttetid: slutningen (%1) skal ligge efter starten (%2)</translation>
    </message>
    <message>
        <source>Time between home visits: between 0 and 240 minutes</source>
        <translation>Tid mellem hjemmebesøg: mellem 0 og 240 minutter</translation>
    </message>
    <message>
        <source>Staff double booking: %1 already has an appointment on %2 at %3–%4 (%5)</source>
        <translation>Dobbeltbooking af medarbejder: %1 har allerede en aftale %2 kl. %3–%4 (%5)</translation>
    </message>
    <message>
        <source>Citizen double booking: %1 already has an appointment on %2 at %3–%4 (%5)</source>
        <translation>Dobbeltbooking af borger: %1 har allerede en aftale %2 kl. %3–%4 (%5)</translation>
    </message>
    <message>
        <source>Outside service hours: the appointment runs %1–%2, and support is given %3–%4</source>
        <translation>Uden for støttetiden: aftalen varer %1–%2, og der gives støtte %3–%4</translation>
    </message>
    <message>
        <source>Outside opening hours: %1 is open %2, and the appointment runs %3 %4–%5</source>
        <translation>Uden for åbningstiden: %1 har åbent %2, og aftalen ligger %3 %4–%5</translation>
    </message>
    <message>
        <source>Too little travel time: %1 has only %2 minutes between this home visit and the one at %3–%4 (%5); at least %6 minutes are needed</source>
        <translation>For lidt køretid: %1 har kun %2 minutter mellem dette hjemmebesøg og besøget kl. %3–%4 (%5); der skal mindst være %6 minutter</translation>
    </message>
    <message>
        <source>§ 82 b: %1&apos;s grant on %2 is § 82 b, which is never delivered as group support</source>
        <translation>§ 82 b: %1s bevilling den %2 er efter § 82 b, som aldrig leveres som gruppebostøtte</translation>
    </message>
    <message>
        <source>No grant: %1&apos;s grant ended on %2, before the appointment on %3</source>
        <translation>Ingen bevilling: %1s bevilling sluttede den %2, før aftalen den %3</translation>
    </message>
    <message>
        <source>No grant: %1&apos;s grant only starts on %2, after the appointment on %3</source>
        <translation>Ingen bevilling: %1s bevilling begynder først den %2, efter aftalen den %3</translation>
    </message>
    <message>
        <source>Outcome: you cannot register that a visit took place before it has started (%1 %2)</source>
        <translation>Resultat: du kan ikke registrere, at et besøg har fundet sted, før det er begyndt (%1 %2)</translation>
    </message>
    <message>
        <source>Outcome: you cannot register a no-show before the appointment has started (%1 %2)</source>
        <translation>Resultat: du kan ikke registrere en udeblivelse, før aftalen er begyndt (%1 %2)</translation>
    </message>
    <message>
        <source>Staff: the chosen staff member does not exist</source>
        <translation>Medarbejder: den valgte medarbejder findes ikke</translation>
    </message>
    <message>
        <source>Citizen: the chosen citizen does not exist</source>
        <translation>Borger: den valgte borger findes ikke</translation>
    </message>
    <message>
        <source>Group: the chosen group does not exist</source>
        <translation>Gruppe: den valgte gruppe findes ikke</translation>
    </message>
    <message>
        <source>Site: the chosen site does not exist</source>
        <translation>Sted: det valgte sted findes ikke</translation>
    </message>
    <message>
        <source>Sub-goals: a chosen delmål does not exist</source>
        <translation>Delmål: et valgt delmål findes ikke</translation>
    </message>
    <message>
        <source>Registered by: the chosen staff member does not exist</source>
        <translation>Registreret af: den valgte medarbejder findes ikke</translation>
    </message>
    <message>
        <source>Series: the appointment&apos;s series does not exist</source>
        <translation>Serie: aftalens serie findes ikke</translation>
    </message>
    <message>
        <source>Registered by: choose the staff member who registers the outcome</source>
        <translation>Registreret af: vælg den medarbejder, der registrerer resultatet</translation>
    </message>
    <message>
        <source>The appointment is not stored yet: book it before changing it</source>
        <translation>Aftalen er ikke gemt endnu: book den, før du ændrer den</translation>
    </message>
    <message>
        <source>The series is already stored: change its occurrences instead</source>
        <translation>Serien er allerede gemt: ændr i stedet dens aftaler</translation>
    </message>
    <message>
        <source>The appointment is not part of a series: change it on its own instead</source>
        <translation>Aftalen er ikke en del af en serie: ændr den i stedet for sig selv</translation>
    </message>
    <message>
        <source>First group date: must be a date</source>
        <translation>Første gruppedato: skal være en dato</translation>
    </message>
    <message>
        <source>First individual visit: must be a date in the week after the first group session</source>
        <translation>Første individuelle besøg: skal være en dato i ugen efter det første gruppemøde</translation>
    </message>
    <message>
        <source>Weeks: between 2 and 52</source>
        <translation>Uger: mellem 2 og 52</translation>
    </message>
    <message>
        <source>Time: give the time of the group session and of the individual visit</source>
        <translation>Tidspunkt: angiv tidspunktet for gruppemødet og for det individuelle besøg</translation>
    </message>
    <message>
        <source>Group: %1 is not a member of %2 on %3; add the citizen to the group first</source>
        <translation>Gruppe: %1 er ikke deltager i %2 den %3; meld først borgeren ind i gruppen</translation>
    </message>
    <message>
        <source>Grant: %1&apos;s grant on %2 is § 82 b, which is never delivered as group support, so indkøring in a group is not possible</source>
        <translation>Bevilling: %1s bevilling den %2 er efter § 82 b, som aldrig leveres som gruppebostøtte, så indkøring i en gruppe er ikke mulig</translation>
    </message>
    <message>
        <source>Period: the end must be after the start</source>
        <translation>Periode: slutningen skal ligge efter starten</translation>
    </message>
    <message>
        <source>An outcome cannot be registered in the future</source>
        <translation>Et resultat kan ikke registreres ud i fremtiden</translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <source>A server is written as postgresql://user@host:port/database.</source>
        <translation>En server skrives som postgresql://bruger@vært:port/database.</translation>
    </message>
    <message>
        <source>The server address %1 could not be read; write it as postgresql://user@host:port/database.</source>
        <translation>Serveradressen %1 kunne ikke læses; skriv den som postgresql://bruger@vært:port/database.</translation>
    </message>
    <message>
        <source>Write the server address without a password. Bostøtte asks for it when it connects and never stores it; the command line reads PGPASSWORD or ~/.pgpass.</source>
        <translation>Skriv serveradressen uden adgangskode. Bostøtte spørger efter den ved forbindelsen og gemmer den aldrig; kommandolinjen læser PGPASSWORD eller ~/.pgpass.</translation>
    </message>
    <message>
        <source>The port of the server must be between 1 and 65535.</source>
        <translation>Serverens port skal være mellem 1 og 65535.</translation>
    </message>
    <message>
        <source>The server address must name the database, e.g. postgresql://bostotte@%1/bostotte.</source>
        <translation>Serveradressen skal nævne databasen, fx postgresql://bostotte@%1/bostotte.</translation>
    </message>
    <message>
        <source>The server address must name the database user, e.g. postgresql://bostotte@%1/%2.</source>
        <translation>Serveradressen skal nævne databasebrugeren, fx postgresql://bostotte@%1/%2.</translation>
    </message>
    <message>
        <source>Unknown TLS mode &quot;%1&quot;; use one of: %2.</source>
        <translation>Ukendt TLS-tilstand &quot;%1&quot;; brug en af: %2.</translation>
    </message>
    <message>
        <source>The schema name &quot;%1&quot; may only hold lower-case letters, digits and _.</source>
        <translation>Skemanavnet &quot;%1&quot; må kun indeholde små bogstaver, cifre og _.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot; in the server address (known: sslmode, schema).</source>
        <translation>Ukendt indstilling &quot;%1&quot; i serveradressen (kendte: sslmode, schema).</translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL servers (Qt&apos;s PostgreSQL driver is missing; on Debian: libqt6sql6-psql).</source>
        <translation>Denne installation kan ikke nå PostgreSQL-servere (Qts PostgreSQL-driver mangler; på Debian: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Could not connect to the server %1 (database %2 as %3): %4</source>
        <translation>Kunne ikke forbinde til serveren %1 (database %2 som %3): %4</translation>
    </message>
</context>
<context>
    <name>ServerProbe</name>
    <message>
        <source>Could not read the server database: %1</source>
        <translation>Serverdatabasen kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>The connection works, but the schema %1 does not exist in the database %2. The IT department creates it (see the README, server mode).</source>
        <translation>Forbindelsen virker, men skemaet %1 findes ikke i databasen %2. It-afdelingen opretter det (se README, servertilstand).</translation>
    </message>
    <message>
        <source>Could not read the schema version on the server: %1</source>
        <translation>Skemaversionen på serveren kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>The connection works (PostgreSQL %1). The schema %2 is empty: Bostøtte sets it up at the first start.</source>
        <translation>Forbindelsen virker (PostgreSQL %1). Skemaet %2 er tomt: Bostøtte indretter det ved første start.</translation>
    </message>
    <message>
        <source>The connection works (PostgreSQL %1), but the schema %2 holds tables of another program. Choose another schema.</source>
        <translation>Forbindelsen virker (PostgreSQL %1), men skemaet %2 indeholder tabeller fra et andet program. Vælg et andet skema.</translation>
    </message>
    <message>
        <source>The connection works (PostgreSQL %1), but the data in the schema %2 was made by a newer version of Bostøtte (schema %3; this version knows up to %4). Update the program first.</source>
        <translation>Forbindelsen virker (PostgreSQL %1), men dataene i skemaet %2 er lavet af en nyere version af Bostøtte (skema %3; denne version kender op til %4). Opdater programmet først.</translation>
    </message>
    <message>
        <source>The connection works (PostgreSQL %1). The schema %2 holds Bostøtte&apos;s data at schema version %3 (this program knows up to %4).</source>
        <translation>Forbindelsen virker (PostgreSQL %1). Skemaet %2 indeholder Bostøttes data i skemaversion %3 (dette program kender op til %4).</translation>
    </message>
</context>
<context>
    <name>ServiceReports</name>
    <message>
        <source>Registrations</source>
        <translation>Registreringer</translation>
    </message>
    <message>
        <source>Visits to the rådgivning desk per month divided by the days in the month on which a chosen site is open by its opening hours. Anonymous visitors count too.</source>
        <translation>Besøg i rådgivningen pr. måned divideret med de dage i måneden, hvor et valgt sted har åbent efter sine åbningstider. Anonyme besøgende tæller også med.</translation>
    </message>
    <message>
        <source>Visits per opening day</source>
        <translation>Besøg pr. åbningsdag</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Opening days</source>
        <translation>Åbningsdage</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Besøg</translation>
    </message>
    <message>
        <source>Median minutes from arrival to the start of help, and from the start to the end of the visit, per site, against the site&apos;s time per visit. Visits still waiting or in progress are left out of the medians they have no time for.</source>
        <translation>Median i minutter fra ankomst til hjælpen begynder og fra start til slut på besøget, pr. sted, i forhold til stedets tid pr. besøg. Besøg, der stadig venter eller er i gang, indgår ikke i de medianer, de endnu ikke har en tid for.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Time per visit</source>
        <translation>Tid pr. besøg</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Median wait (min.)</source>
        <translation>Median ventetid (min.)</translation>
    </message>
    <message>
        <source>Median visit (min.)</source>
        <translation>Median besøgstid (min.)</translation>
    </message>
    <message>
        <source>Over the time per visit</source>
        <translation>Over tid pr. besøg</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Mødt</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Udeblevet</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Afbud</translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation>Ikke registreret</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Fremmødeprocent</translation>
    </message>
    <message>
        <source>Each member&apos;s registered attendance at the group&apos;s sessions in the period. Attendance rate: present out of those registered.</source>
        <translation>Hver deltagers registrerede fremmøde ved gruppens mødegange i perioden. Fremmødeprocent: til stede ud af de registrerede.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <source>Attendance registered per group session. Not registered: members on the session&apos;s day without a registration. Attendance rate: present out of those registered. Cancelled sessions and sessions not yet held are left out.</source>
        <translation>Registreret fremmøde pr. gruppemøde. Ikke registreret: deltagere på mødedagen uden registrering. Fremmødeprocent: mødt ud af de registrerede. Aflyste møder og møder, der endnu ikke er holdt, er udeladt.</translation>
    </message>
</context>
<context>
    <name>Site</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>must be filled in</source>
        <translation>skal udfyldes</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Åbningstider</translation>
    </message>
    <message>
        <source>unknown weekday</source>
        <translation>ukendt ugedag</translation>
    </message>
    <message>
        <source>the closing time must be after the opening time</source>
        <translation>lukketiden skal ligge efter åbningstiden</translation>
    </message>
    <message>
        <source>Time per visit</source>
        <translation>Tid pr. besøg</translation>
    </message>
    <message>
        <source>must be between 5 and 240 minutes</source>
        <translation>skal være mellem 5 og 240 minutter</translation>
    </message>
    <message>
        <source>Bookable slots</source>
        <translation>Bookbare tider</translation>
    </message>
    <message>
        <source>must be between 10 and 120 minutes, or none</source>
        <translation>skal være mellem 10 og 120 minutter eller ingen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <source>must be filled in</source>
        <translation>skal udfyldes</translation>
    </message>
    <message>
        <source>at most 8 characters and no spaces</source>
        <translation>højst 8 tegn og ingen mellemrum</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
</context>
<context>
    <name>StatusNote</name>
    <message>
        <source>No site</source>
        <translation>Intet sted</translation>
    </message>
    <message>
        <source>The chart &quot;%1&quot; has no column &quot;%2&quot;.</source>
        <translation>Diagrammet &quot;%1&quot; har ingen kolonne &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The note needs a valid date.</source>
        <translation>Notatet kræver en gyldig dato.</translation>
    </message>
    <message>
        <source>The note needs a date and a date to compare with.</source>
        <translation>Notatet kræver en dato og en dato at sammenligne med.</translation>
    </message>
    <message>
        <source>The date to compare with (%1) must lie before the note&apos;s date (%2).</source>
        <translation>Datoen, der sammenlignes med (%1), skal ligge før notatets dato (%2).</translation>
    </message>
    <message>
        <source>Citizens with an active grant</source>
        <translation>Borgere med en aktiv bevilling</translation>
    </message>
    <message>
        <source>The status note could not compute &quot;%1&quot;: %2</source>
        <translation>Statusnotatet kunne ikke beregne &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The chart &quot;%1&quot; has %2 rows; the note needs %3.</source>
        <translation>Diagrammet &quot;%1&quot; har %2 rækker; notatet kræver %3.</translation>
    </message>
    <message>
        <source>Status as of</source>
        <translation>Status pr.</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Sammenlignet med</translation>
    </message>
    <message>
        <source>Status note as of %1, compared with %2</source>
        <translation>Statusnotat pr. %1, sammenlignet med %2</translation>
    </message>
    <message>
        <source>previously</source>
        <translation>tidligere</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Per support form</source>
        <translation>Pr. støtteform</translation>
    </message>
    <message>
        <source>Per legal basis</source>
        <translation>Pr. lovgrundlag</translation>
    </message>
    <message>
        <source>Per site</source>
        <translation>Pr. sted</translation>
    </message>
    <message>
        <source>Per group</source>
        <translation>Pr. gruppe</translation>
    </message>
    <message>
        <source>From %1 to %2:</source>
        <translation>Fra %1 til %2:</translation>
    </message>
    <message>
        <source>No-shows: %1</source>
        <translation>Udeblivelser: %1</translation>
    </message>
    <message>
        <source>Cancellations: %1</source>
        <translation>Aflysninger: %1</translation>
    </message>
    <message>
        <source>Indsatsmål reached: %1</source>
        <translation>Indsatsmål opnået: %1</translation>
    </message>
    <message>
        <source>Realised savings: %1 kr. (target %2 kr.)</source>
        <translation>Realiserede gevinster: %1 kr. (måltal %2 kr.)</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Overskrift</translation>
    </message>
</context>
<context>
    <name>StatusNoteDocument</name>
    <message>
        <source>%1 kr.</source>
        <translation>%1 kr.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ingen.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Citizens per support form</source>
        <translation>Borgere pr. støtteform</translation>
    </message>
    <message>
        <source>Citizens with an allocation of the form under an active grant on each date.</source>
        <translation>Borgere med støtteformen under en aktiv bevilling på hver dato.</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <source>Support form</source>
        <translation>Støtteform</translation>
    </message>
    <message>
        <source>Status note %1</source>
        <translation>Statusnotat %1</translation>
    </message>
    <message>
        <source>Status note on socio-pedagogical support</source>
        <translation>Statusnotat om socialpædagogisk bostøtte</translation>
    </message>
    <message>
        <source>Status as of %1, compared with %2</source>
        <translation>Status pr. %1, sammenlignet med %2</translation>
    </message>
    <message>
        <source>On %1, %2 citizens had an active grant for socio-pedagogical support, against %3 on %4 (%5). Below are the figures per support form, legal basis, site and group, and the period&apos;s no-shows, goals and realised savings.</source>
        <translation>Pr. %1 havde %2 borgere en aktiv bevilling til socialpædagogisk bostøtte mod %3 pr. %4 (%5). Nedenfor ses tallene pr. støtteform, lovgrundlag, sted og gruppe samt periodens udeblivelser, indsatsmål og realiserede gevinster.</translation>
    </message>
    <message>
        <source>Per support form</source>
        <translation>Pr. støtteform</translation>
    </message>
    <message>
        <source>Per legal basis</source>
        <translation>Pr. lovgrundlag</translation>
    </message>
    <message>
        <source>Per site</source>
        <translation>Pr. sted</translation>
    </message>
    <message>
        <source>Per group</source>
        <translation>Pr. gruppe</translation>
    </message>
    <message>
        <source>The period %1 to %2</source>
        <translation>Perioden %1 til %2</translation>
    </message>
    <message>
        <source>Realised savings: %1 against a target of %2</source>
        <translation>Realiserede gevinster: %1 mod et måltal på %2</translation>
    </message>
    <message>
        <source>No-shows: %1</source>
        <translation>Udeblivelser: %1</translation>
    </message>
    <message>
        <source>Cancellations: %1</source>
        <translation>Aflysninger: %1</translation>
    </message>
    <message>
        <source>Indsatsmål reached: %1, partly reached: %2, not reached: %3</source>
        <translation>Indsatsmål opnået: %1, delvist opnået: %2, ikke opnået: %3</translation>
    </message>
    <message>
        <source>The figures are those of &quot;bostotte-cli report status&quot; on the same dates.</source>
        <translation>Tallene er de samme som fra &quot;bostotte-cli report status&quot; på de samme datoer.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kunne ikke skrive %1.</translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>The report needs a valid date.</source>
        <translation>Rapporten kræver en gyldig dato.</translation>
    </message>
    <message>
        <source>No site</source>
        <translation>Intet sted</translation>
    </message>
    <message>
        <source>Status as of</source>
        <translation>Status pr.</translation>
    </message>
    <message>
        <source>Citizens with an active grant</source>
        <translation>Borgere med en aktiv bevilling</translation>
    </message>
    <message>
        <source>Status as of %1</source>
        <translation>Status pr. %1</translation>
    </message>
    <message>
        <source>Citizens with an active grant: %1</source>
        <translation>Borgere med en aktiv bevilling: %1</translation>
    </message>
    <message>
        <source>Per support form</source>
        <translation>Pr. støtteform</translation>
    </message>
    <message>
        <source>Per legal basis</source>
        <translation>Pr. lovgrundlag</translation>
    </message>
    <message>
        <source>Per site</source>
        <translation>Pr. sted</translation>
    </message>
    <message>
        <source>(no sites)</source>
        <translation>(ingen steder)</translation>
    </message>
    <message>
        <source>Per group</source>
        <translation>Pr. gruppe</translation>
    </message>
    <message>
        <source>(no groups)</source>
        <translation>(ingen grupper)</translation>
    </message>
</context>
<context>
    <name>SubGoal</name>
    <message>
        <source>Goal</source>
        <translation>Indsatsmål</translation>
    </message>
    <message>
        <source>must be chosen</source>
        <translation>skal vælges</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Succeskriterium</translation>
    </message>
    <message>
        <source>must be filled in</source>
        <translation>skal udfyldes</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>must be a date</source>
        <translation>skal være en dato</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdato</translation>
    </message>
    <message>
        <source>must be set when the sub-goal is ended</source>
        <translation>skal udfyldes, når delmålet afsluttes</translation>
    </message>
</context>
<context>
    <name>SupportGroup</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>must be filled in</source>
        <translation>skal udfyldes</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>must be chosen</source>
        <translation>skal vælges</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Tovholdere</translation>
    </message>
    <message>
        <source>a group needs one or two facilitators</source>
        <translation>en gruppe skal have en eller to tovholdere</translation>
    </message>
    <message>
        <source>the two facilitators must be different people</source>
        <translation>de to tovholdere skal være to forskellige personer</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Antal pladser</translation>
    </message>
    <message>
        <source>must be between 1 and 50</source>
        <translation>skal være mellem 1 og 50</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>must be a date</source>
        <translation>skal være en dato</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>must not be before the start date</source>
        <translation>må ikke ligge før startdatoen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Bevilling</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Støtteform</translation>
    </message>
    <message>
        <source>Group membership</source>
        <translation>Gruppedeltagelse</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Indsatsmål</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Indstilling</translation>
    </message>
    <message>
        <source>Appointment series</source>
        <translation>Aftaleserie</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>Desk visit</source>
        <translation>Besøg i rådgivningen</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <source>Group note</source>
        <translation>Gruppenotat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Journalnotat</translation>
    </message>
    <message>
        <source>Note version</source>
        <translation>Notatversion</translation>
    </message>
    <message>
        <source>Goal assessment</source>
        <translation>Målvurdering</translation>
    </message>
    <message>
        <source>Goal review</source>
        <translation>Målopfølgning</translation>
    </message>
    <message>
        <source>Rota duty</source>
        <translation>Vagt</translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation>Opfølgningsopgave</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Consent to virtual contact</source>
        <translation>Samtykke til virtuel kontakt</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fra dato</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Til dato</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Opfølgningsdato</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Lovgrundlag</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdato</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttidspunkt</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Citizen %1</source>
        <translation>Borger %1</translation>
    </message>
    <message>
        <source>Setting %1</source>
        <translation>Indstilling %1</translation>
    </message>
    <message>
        <source>Note of %1 about %2</source>
        <translation>Notat fra %1 om %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 for %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>SyncQueries</name>
    <message>
        <source>The database has no table %1; it cannot take part in synchronisation.</source>
        <translation>Databasen har ingen tabel %1; den kan ikke indgå i synkroniseringen.</translation>
    </message>
    <message>
        <source>%1 is not a synchronised table.</source>
        <translation>%1 er ikke en synkroniseret tabel.</translation>
    </message>
    <message>
        <source>Table %1 has no column %2.</source>
        <translation>Tabellen %1 har ingen kolonne %2.</translation>
    </message>
    <message>
        <source>The record was not found (it may have been removed).</source>
        <translation>Posten blev ikke fundet (den er måske fjernet).</translation>
    </message>
    <message>
        <source>Other records still refer to this one; erase them first. Nothing was erased.</source>
        <translation>Andre poster henviser stadig til denne; slet dem først. Intet blev slettet.</translation>
    </message>
    <message>
        <source>Could not back up the database before the import; nothing was imported: %1</source>
        <translation>Der kunne ikke tages en sikkerhedskopi af databasen før indlæsningen; intet blev indlæst: %1</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>This computer</source>
        <translation>Denne computer</translation>
    </message>
    <message>
        <source>Enter a name for this site, e.g. &quot;Alunden&quot;.</source>
        <translation>Skriv et navn til denne computer, f.eks. &quot;Alunden&quot;.</translation>
    </message>
    <message>
        <source>The site name can be at most 80 characters.</source>
        <translation>Navnet må højst være på 80 tegn.</translation>
    </message>
    <message>
        <source>unknown site</source>
        <translation>ukendt computer</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>computer %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Could not open %1: %2. Nothing was imported.</source>
        <translation>Kunne ikke åbne %1: %2. Intet blev indlæst.</translation>
    </message>
    <message>
        <source>This bundle was written by this database itself; import it at another site. Nothing was imported.</source>
        <translation>Denne fil er skrevet af netop denne database; indlæs den på en anden computer. Intet blev indlæst.</translation>
    </message>
    <message numerus="yes">
        <source>The clock of %1 was %n day(s) behind this computer&apos;s when it wrote the bundle; its changes lose to newer ones. Ask them to check the date.</source>
        <translation>
            <numerusform>Uret på %1 gik %n dag bagud i forhold til denne computer, da filen blev skrevet; dens ændringer taber til nyere ændringer. Bed dem tjekke datoen.</numerusform>
            <numerusform>Uret på %1 gik %n dage bagud i forhold til denne computer, da filen blev skrevet; dens ændringer taber til nyere ændringer. Bed dem tjekke datoen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation>Indlæsningen mislykkedes, og intet blev ændret: %1</translation>
    </message>
    <message numerus="yes">
        <source>Changes from %1 carry a clock %n day(s) ahead of this computer&apos;s. They were not trusted to win: check the date on that computer, and check the conflict list.</source>
        <translation>
            <numerusform>Ændringer fra %1 har et tidsstempel, der ligger %n dag foran denne computers ur. De fik ikke lov at vinde: tjek datoen på den computer, og se konfliktlisten igennem.</numerusform>
            <numerusform>Ændringer fra %1 har et tidsstempel, der ligger %n dage foran denne computers ur. De fik ikke lov at vinde: tjek datoen på den computer, og se konfliktlisten igennem.</numerusform>
        </translation>
    </message>
    <message>
        <source>This bundle was imported before; importing it again changes nothing.</source>
        <translation>Denne fil er indlæst før; at indlæse den igen ændrer intet.</translation>
    </message>
    <message>
        <source>Two versions of the note</source>
        <translation>To versioner af notatet</translation>
    </message>
    <message>
        <source>Deleted and edited</source>
        <translation>Slettet og rettet</translation>
    </message>
    <message>
        <source>The conflict was not found (it may have been resolved at another site).</source>
        <translation>Konflikten blev ikke fundet (den er måske løst på en anden computer).</translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>Konflikten er allerede løst.</translation>
    </message>
    <message>
        <source>The note has no versions to choose from.</source>
        <translation>Notatet har ingen versioner at vælge imellem.</translation>
    </message>
    <message>
        <source>The record was not found (it may have been removed).</source>
        <translation>Posten blev ikke fundet (den er måske fjernet).</translation>
    </message>
    <message>
        <source>This file leaves out changes the sender believes this computer already has, but it does not have them (was it restored from an older backup?). Ask the sender for a file for a new computer, which carries everything. Nothing was imported.</source>
        <translation>Filen udelader ændringer, som afsenderen tror, denne computer allerede har, men den har dem ikke (er den gendannet fra en ældre sikkerhedskopi?). Bed afsenderen om en fil til en ny computer, som indeholder alt. Intet blev indlæst.</translation>
    </message>
    <message>
        <source>The import erased data, so the file was cleaned and the plain safety copies next to it were removed.</source>
        <translation>Indlæsningen slettede data, så filen blev renset, og de ukrypterede sikkerhedskopier ved siden af den blev fjernet.</translation>
    </message>
    <message>
        <source>The import erased data, but these safety copies still hold it and could not be removed; delete them by hand: %1</source>
        <translation>Indlæsningen slettede data, men disse sikkerhedskopier indeholder dem stadig og kunne ikke fjernes; slet dem selv: %1</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>must be filled in</source>
        <translation>skal udfyldes</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>may be at most %1 characters (it has %2)</source>
        <translation>må højst være på %1 tegn (den har %2)</translation>
    </message>
    <message>
        <source>must be on one line (remove the line break)</source>
        <translation>skal stå på én linje (fjern linjeskiftet)</translation>
    </message>
    <message>
        <source>contains a NUL character (code 0) at position %1; remove it</source>
        <translation>indeholder et NUL-tegn (kode 0) på position %1; fjern det</translation>
    </message>
    <message>
        <source>contains an invisible control character (code %1) at position %2; remove it</source>
        <translation>indeholder et usynligt kontroltegn (kode %1) på position %2; fjern det</translation>
    </message>
    <message>
        <source>contains a broken character (an unpaired UTF-16 surrogate); retype it</source>
        <translation>indeholder et ødelagt tegn (et uparret UTF-16-surrogat); skriv det igen</translation>
    </message>
</context>
<context>
    <name>UndoContext</name>
    <message>
        <source>Book appointment</source>
        <translation>Book aftale</translation>
    </message>
    <message>
        <source>Review of indsatsmål</source>
        <translation>Opfølgning på indsatsmål</translation>
    </message>
    <message>
        <source>End grant and support forms</source>
        <translation>Afslut bevilling og støtteformer</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>There is nothing to export.</source>
        <translation>Der er intet at eksportere.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 findes ikke.</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>Kunne ikke oprette %1.</translation>
    </message>
    <message>
        <source>Could not add the sheet %1.</source>
        <translation>Kunne ikke tilføje arket %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Could not replace %1: is it open in another program?</source>
        <translation>Kunne ikke erstatte %1: er den åben i et andet program?</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kunne ikke skrive %1.</translation>
    </message>
</context>
<context>
    <name>bs::AccessLogPanel</name>
    <message>
        <source>&amp;Only look-ups outside own cases</source>
        <translation>&amp;Kun opslag uden for egne sager</translation>
    </message>
    <message>
        <source>No log entries match the filters.</source>
        <translation>Ingen registreringer i loggen passer til filtrene.</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Vis &amp;flere</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksportér CSV…</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Adgangslog</translation>
    </message>
    <message>
        <source>User name, e.g. MH</source>
        <translation>Brugernavn, f.eks. MH</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle handlinger</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Bruger</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>&amp;Citizen</source>
        <translation>B&amp;orger</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Bruger</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalje</translation>
    </message>
    <message>
        <source>Save every entry matching the filters as a CSV file for Excel. The export is itself logged.</source>
        <translation>Gem alle registreringer, der passer til filtrene, som en CSV-fil til Excel. Selve eksporten logges også.</translation>
    </message>
    <message>
        <source>All citizens</source>
        <translation>Alle borgere</translation>
    </message>
    <message>
        <source>(erased citizen)</source>
        <translation>(slettet borger)</translation>
    </message>
    <message>
        <source>The period&apos;s first day is after its last day.</source>
        <translation>Periodens første dag ligger efter dens sidste dag.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), newest first.</source>
        <translation>
            <numerusform>%n registrering, nyeste først.</numerusform>
            <numerusform>%n registreringer, nyeste først.</numerusform>
        </translation>
    </message>
    <message>
        <source>No look-ups outside own cases in the last %1 days.</source>
        <translation>Ingen opslag uden for egne sager de seneste %1 dage.</translation>
    </message>
    <message numerus="yes">
        <source>%n look-up(s) outside own cases in the last %1 days: check the reasons with &quot;Only look-ups outside own cases&quot;.</source>
        <translation>
            <numerusform>%n opslag uden for egne sager de seneste %1 dage: tjek begrundelserne med &quot;Kun opslag uden for egne sager&quot;.</numerusform>
            <numerusform>%n opslag uden for egne sager de seneste %1 dage: tjek begrundelserne med &quot;Kun opslag uden for egne sager&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Export the access log</source>
        <translation>Eksportér adgangsloggen</translation>
    </message>
    <message>
        <source>access-log %1.csv</source>
        <translation>adgangslog %1.csv</translation>
    </message>
    <message>
        <source>CSV files for Excel (*.csv)</source>
        <translation>CSV-filer til Excel (*.csv)</translation>
    </message>
    <message>
        <source>The access log is saved in %1.</source>
        <translation>Adgangsloggen er gemt i %1.</translation>
    </message>
</context>
<context>
    <name>bs::AccountsPanel</name>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Ny bruger…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>Nulstil adgangs&amp;kode…</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>&amp;Lås op</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivér</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>Skift &amp;rolle…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Gem indstillinger</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Seneste login</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Logins and screen lock</source>
        <translation>Login og skærmlås</translation>
    </message>
    <message>
        <source>Failed logins before the account locks</source>
        <translation>Mislykkede login, før kontoen spærres</translation>
    </message>
    <message>
        <source>The account stays locked for</source>
        <translation>Kontoen forbliver spærret i</translation>
    </message>
    <message>
        <source>Lock the screen after no use for</source>
        <translation>Lås skærmen efter inaktivitet i</translation>
    </message>
    <message>
        <source>The users who can log in on this computer. Accounts are not synchronised: each computer has its own.</source>
        <translation>De brugere, der kan logge ind på denne computer. Brugerkonti synkroniseres ikke: hver computer har sine egne.</translation>
    </message>
    <message>
        <source>Only an administrator can manage users.</source>
        <translation>Kun en administrator kan administrere brugere.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiveret</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Spærret til %1</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Skal skifte adgangskode</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(fjernet)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivér</translation>
    </message>
    <message>
        <source>User %1 created</source>
        <translation>Brugeren %1 er oprettet</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>Vælg først en bruger på listen.</translation>
    </message>
    <message>
        <source>The password of %1 was reset; they choose a new one at the next login</source>
        <translation>Adgangskoden for %1 er nulstillet; vedkommende vælger en ny ved næste login</translation>
    </message>
    <message>
        <source>%1 is unlocked</source>
        <translation>%1 er låst op</translation>
    </message>
    <message>
        <source>%1 can log in again</source>
        <translation>%1 kan logge ind igen</translation>
    </message>
    <message>
        <source>%1 can no longer log in</source>
        <translation>%1 kan ikke længere logge ind</translation>
    </message>
    <message>
        <source>The role of %1 was changed</source>
        <translation>Rollen for %1 er ændret</translation>
    </message>
    <message>
        <source>Settings saved. The screen lock uses the new time at the next login.</source>
        <translation>Indstillingerne er gemt. Skærmlåsen bruger den nye tid ved næste login.</translation>
    </message>
</context>
<context>
    <name>bs::AdminPage</name>
    <message>
        <source>Administration of this database file. Everything done here is recorded in the access log.</source>
        <translation>Administration af denne databasefil. Alt, hvad der gøres her, registreres i adgangsloggen.</translation>
    </message>
</context>
<context>
    <name>bs::AllocationDialog</name>
    <message>
        <source>No end date</source>
        <translation>Ingen slutdato</translation>
    </message>
    <message>
        <source>New support form</source>
        <translation>Ny støtteform</translation>
    </message>
    <message>
        <source>Edit support form</source>
        <translation>Rediger støtteform</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation>&amp;Bevilling</translation>
    </message>
    <message>
        <source>Support fo&amp;rm</source>
        <translation>&amp;Støtteform</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <source>Ca&amp;dence</source>
        <translation>&amp;Hyppighed</translation>
    </message>
    <message>
        <source>&amp;Minutes per session</source>
        <translation>&amp;Minutter pr. gang</translation>
    </message>
    <message>
        <source>Gro&amp;up</source>
        <translation>&amp;Gruppe</translation>
    </message>
</context>
<context>
    <name>bs::AllocationsPanel</name>
    <message>
        <source>Support form</source>
        <translation>Støtteform</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Hyppighed</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Bevilling</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>No support forms yet.</source>
        <translation>Ingen støtteformer endnu.</translation>
    </message>
    <message>
        <source>&amp;New support form…</source>
        <translation>&amp;Ny støtteform…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>Afslut…</translation>
    </message>
    <message>
        <source>A support form is delivered under a grant: create a grant first.</source>
        <translation>En støtteform gives under en bevilling: Opret en bevilling først.</translation>
    </message>
    <message>
        <source>New support form</source>
        <translation>Ny støtteform</translation>
    </message>
    <message>
        <source>Edit support form</source>
        <translation>Rediger støtteform</translation>
    </message>
    <message>
        <source>End support form</source>
        <translation>Afslut støtteform</translation>
    </message>
    <message>
        <source>%1 ends on this date.</source>
        <translation>%1 slutter på denne dato.</translation>
    </message>
</context>
<context>
    <name>bs::AppointmentDialog</name>
    <message>
        <source>New appointment</source>
        <translation>Ny aftale</translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation>Rediger aftale</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(vælg)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>e.g. at the citizen&apos;s home, the café at the library</source>
        <translation>fx hjemme hos borgeren, caféen på biblioteket</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>at</source>
        <translation>kl.</translation>
    </message>
    <message>
        <source>for</source>
        <translation>i</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>tur-retur</translation>
    </message>
    <message>
        <source>What the meeting works on</source>
        <translation>Hvad mødet arbejder med</translation>
    </message>
    <message>
        <source>What the participants should take home</source>
        <translation>Hvad deltagerne skal have med hjem</translation>
    </message>
    <message>
        <source>Support &amp;form</source>
        <translation>Støtte&amp;form</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Medarbejder</translation>
    </message>
    <message>
        <source>&amp;Citizen</source>
        <translation>&amp;Borger</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation>&amp;Sted</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>Mød&amp;ested</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>D&amp;ato</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>&amp;Travel</source>
        <translation>Kø&amp;rsel</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>Em&amp;ne</translation>
    </message>
    <message>
        <source>&amp;Learning goal</source>
        <translation>&amp;Læringsmål</translation>
    </message>
    <message>
        <source>Works on &amp;delmål</source>
        <translation>Arbejder med &amp;delmål</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Gentages ikke</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Hver uge</translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation>Hver anden uge</translation>
    </message>
    <message>
        <source>Every N weeks</source>
        <translation>Hver N. uge</translation>
    </message>
    <message>
        <source>every </source>
        <translation>hver </translation>
    </message>
    <message>
        <source> weeks</source>
        <translation>. uge</translation>
    </message>
    <message>
        <source>until</source>
        <translation>til og med</translation>
    </message>
    <message>
        <source>number of times</source>
        <translation>antal gange</translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation>Gen&amp;tag</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>Sl&amp;utter</translation>
    </message>
    <message>
        <source>Only this appointment</source>
        <translation>Kun denne aftale</translation>
    </message>
    <message>
        <source>This and all following (time, length, staff and place)</source>
        <translation>Denne og alle følgende (tidspunkt, varighed, medarbejder og mødested)</translation>
    </message>
    <message>
        <source>Change &amp;applies to</source>
        <translation>Ændr&amp;ingen gælder</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Choose a citizen to see their delmål</source>
        <translation>Vælg en borger for at se borgerens delmål</translation>
    </message>
    <message>
        <source>The citizen has no active delmål</source>
        <translation>Borgeren har ingen aktive delmål</translation>
    </message>
    <message>
        <source>Check before saving (you can still save):</source>
        <translation>Bemærk, før du gemmer (du kan godt gemme alligevel):</translation>
    </message>
</context>
<context>
    <name>bs::AttendanceDialog</name>
    <message>
        <source>Attendance and group note</source>
        <translation>Fremmøde og gruppenotat</translation>
    </message>
    <message>
        <source>What the group worked on, how it went – the same text goes into every present member&apos;s record</source>
        <translation>Hvad gruppen arbejdede med, og hvordan det gik – den samme tekst kommer i journalen for hver fremmødt deltager</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation>(intet emne)</translation>
    </message>
    <message>
        <source>Learning goal</source>
        <translation>Læringsmål</translation>
    </message>
    <message>
        <source>(no learning goal)</source>
        <translation>(intet læringsmål)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Member&lt;/b&gt;</source>
        <translation>&lt;b&gt;Deltager&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attendance&lt;/b&gt; (1, 2, 3)</source>
        <translation>&lt;b&gt;Fremmøde&lt;/b&gt; (1, 2, 3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reason&lt;/b&gt;</source>
        <translation>&lt;b&gt;Årsag&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Personal addition&lt;/b&gt;</source>
        <translation>&lt;b&gt;Personlig tilføjelse&lt;/b&gt;</translation>
    </message>
    <message>
        <source>1 Present, 2 Absent, 3 Sent apologies</source>
        <translation>1 Mødt, 2 Udeblevet, 3 Afbud</translation>
    </message>
    <message>
        <source>e.g. ill</source>
        <translation>fx syg</translation>
    </message>
    <message>
        <source>Only in %1&apos;s record</source>
        <translation>Kun i journalen for %1</translation>
    </message>
    <message>
        <source> (not registered yet)</source>
        <translation> (ikke registreret endnu)</translation>
    </message>
    <message>
        <source>The group had no members on this day.</source>
        <translation>Gruppen havde ingen deltagere denne dag.</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrér</translation>
    </message>
    <message>
        <source>Group &amp;note</source>
        <translation>Gruppe&amp;notat</translation>
    </message>
    <message>
        <source>The note was written more than %1 hours ago and is locked; attendance can still be corrected.</source>
        <translation>Notatet blev skrevet for mere end %1 timer siden og er låst; fremmødet kan stadig rettes.</translation>
    </message>
    <message>
        <source>Choose who you are under Settings before registering attendance.</source>
        <translation>Vælg, hvem du er, under Indstillinger, før du registrerer fremmøde.</translation>
    </message>
    <message>
        <source>The session has not started yet: attendance is registered afterwards.</source>
        <translation>Mødet er ikke begyndt endnu: Fremmøde registreres bagefter.</translation>
    </message>
    <message>
        <source>The session could not be read</source>
        <translation>Mødet kunne ikke læses</translation>
    </message>
</context>
<context>
    <name>bs::BackupPanel</name>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>Backups are encrypted copies of the whole database. They can be kept on a server or an external disk; without the backup passphrase nobody can read them.</source>
        <translation>Sikkerhedskopier er krypterede kopier af hele databasen. De kan opbevares på en server eller en ekstern disk; uden adgangsfrasen til sikkerhedskopier kan ingen læse dem.</translation>
    </message>
    <message>
        <source>Only an administrator manages backups.</source>
        <translation>Kun en administrator administrerer sikkerhedskopier.</translation>
    </message>
    <message>
        <source>a folder on a server share or an external disk</source>
        <translation>en mappe på et netværksdrev eller en ekstern disk</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation>Mappe til sikkerhedskopier</translation>
    </message>
    <message>
        <source>Only when started by hand</source>
        <translation>Kun når den startes manuelt</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Dagligt</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Ugentligt</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> sikkerhedskopier</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mappe:</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>&amp;Tidsplan:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Behold de nyeste:</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Gem indstillinger</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Tag sikkerhedskopi &amp;nu</translation>
    </message>
    <message>
        <source>Backups in the folder</source>
        <translation>Sikkerhedskopier i mappen</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>No backups in this folder yet.</source>
        <translation>Der er endnu ingen sikkerhedskopier i denne mappe.</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Gen&amp;dan…</translation>
    </message>
    <message>
        <source>Restores the chosen backup to a new file.</source>
        <translation>Gendanner den valgte sikkerhedskopi til en ny fil.</translation>
    </message>
    <message>
        <source>New &amp;passphrase…</source>
        <translation>Ny &amp;adgangsfrase…</translation>
    </message>
    <message>
        <source>Set &amp;up backups…</source>
        <translation>&amp;Opsæt sikkerhedskopiering…</translation>
    </message>
    <message>
        <source>Makes a new backup passphrase for the backups made from now on. Older backups keep the passphrase they were made with.</source>
        <translation>Danner en ny adgangsfrase til de sikkerhedskopier, der tages fra nu af. Ældre sikkerhedskopier beholder den adgangsfrase, de blev taget med.</translation>
    </message>
    <message>
        <source>Backups are not set up yet. Choose a folder and set them up; the backup passphrase is shown once.</source>
        <translation>Sikkerhedskopiering er endnu ikke sat op. Vælg en mappe, og sæt den op; adgangsfrasen til sikkerhedskopier vises én gang.</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>Der er endnu ikke taget nogen sikkerhedskopi.</translation>
    </message>
    <message>
        <source>Last backup: %1.</source>
        <translation>Seneste sikkerhedskopi: %1.</translation>
    </message>
    <message>
        <source>A backup is due.</source>
        <translation>Det er tid til en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>Vælg en mappe til sikkerhedskopierne.</translation>
    </message>
    <message>
        <source>New backup passphrase</source>
        <translation>Ny adgangsfrase til sikkerhedskopier</translation>
    </message>
    <message>
        <source>Backups made from now on will need the new passphrase. The backups already made still need the old one, so keep it too. Make a new passphrase?</source>
        <translation>Sikkerhedskopier, der tages fra nu af, kræver den nye adgangsfrase. De sikkerhedskopier, der allerede er taget, kræver stadig den gamle, så gem også den. Vil du lave en ny adgangsfrase?</translation>
    </message>
    <message>
        <source>The backup settings are saved.</source>
        <translation>Indstillingerne for sikkerhedskopier er gemt.</translation>
    </message>
    <message>
        <source>Set backups up first.</source>
        <translation>Opsæt sikkerhedskopier først.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Tager sikkerhedskopi…</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Sikkerhedskopien mislykkedes: %1</translation>
    </message>
    <message>
        <source>Backup written: %1 (%2).</source>
        <translation>Sikkerhedskopi gemt: %1 (%2).</translation>
    </message>
    <message>
        <source>The backup is restored to %1. To work in it, close Bostøtte and start it with that file (bostotte --db &quot;%1&quot;), or close Bostøtte and put it in place of the current database file.</source>
        <translation>Sikkerhedskopien er gendannet til %1. Vil du arbejde i den, så luk Bostøtte, og start programmet med den fil (bostotte --db &quot;%1&quot;), eller luk Bostøtte, og erstat den nuværende databasefil med den.</translation>
    </message>
</context>
<context>
    <name>bs::BackupPassphraseDialog</name>
    <message>
        <source>Backup passphrase</source>
        <translation>Adgangsfrase til sikkerhedskopier</translation>
    </message>
    <message>
        <source>Backups are set up. They are encrypted, and can only be restored with this passphrase:</source>
        <translation>Sikkerhedskopier er sat op. De er krypterede og kan kun gendannes med denne adgangsfrase:</translation>
    </message>
    <message>
        <source>Write it down and keep it safe, away from the backups (for example in the municipality&apos;s safe). Without it a backup cannot be restored, and Bostøtte will not show it again. This computer keeps only a key for making new backups.</source>
        <translation>Skriv den ned, og opbevar den sikkert og adskilt fra sikkerhedskopierne (fx i kommunens pengeskab). Uden den kan en sikkerhedskopi ikke gendannes, og Bostøtte viser den ikke igen. Denne computer gemmer kun en nøgle til at tage nye sikkerhedskopier.</translation>
    </message>
    <message>
        <source>I have &amp;written the passphrase down</source>
        <translation>Jeg har &amp;skrevet adgangsfrasen ned</translation>
    </message>
</context>
<context>
    <name>bs::BackupScheduler</name>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>Den planlagte sikkerhedskopi mislykkedes: %1</translation>
    </message>
</context>
<context>
    <name>bs::BookSlotDialog</name>
    <message>
        <source>Book a desk time</source>
        <translation>Book en tid i rådgivningen</translation>
    </message>
    <message>
        <source>%1, %2 %3–%4</source>
        <translation>%1, %2 kl. %3–%4</translation>
    </message>
    <message>
        <source>No citizen has an active rådgivning support form on this day. Give the citizen a rådgivning support form under Citizens first.</source>
        <translation>Ingen borger har rådgivning som aktiv støtteform denne dag. Giv først borgeren støtteformen rådgivning under Borgere.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>&amp;Citizen</source>
        <translation>&amp;Borger</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>B&amp;ook</translation>
    </message>
    <message>
        <source>Citizen: choose a citizen from the list</source>
        <translation>Borger: vælg en borger på listen</translation>
    </message>
</context>
<context>
    <name>bs::BreakGlassDialog</name>
    <message>
        <source>Look up outside own cases</source>
        <translation>Opslag uden for egne sager</translation>
    </message>
    <message>
        <source>Use this only when your work needs the record of a citizen who is not one of your or your team&apos;s cases. The look-up is logged with your name and reason, and shown to the administrator. You have access to the citizen until you log out.</source>
        <translation>Brug kun dette, når du har et arbejdsbetinget behov for oplysningerne om en borger, som ikke er en af dine eller dit teams sager. Opslaget logges med dit navn og din begrundelse og vises for administratoren. Du har adgang til borgeren, indtil du logger ud.</translation>
    </message>
    <message>
        <source>DDMMYY-SSSS</source>
        <translation>DDMMÅÅ-SSSS</translation>
    </message>
    <message>
        <source>Why does your work need this record? (at least %1 characters)</source>
        <translation>Hvorfor har du brug for oplysningerne i dit arbejde? (mindst %1 tegn)</translation>
    </message>
    <message>
        <source>&amp;CPR number</source>
        <translation>&amp;CPR-nummer</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Begrundelse</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Slå op</translation>
    </message>
</context>
<context>
    <name>bs::CalendarPage</name>
    <message>
        <source>✓ completed · hatched: no-show · faded and struck through: cancelled</source>
        <translation>✓ gennemført · skraveret: udeblevet · falmet og overstreget: aflyst</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>Show one day</source>
        <translation>Vis én dag</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Uge</translation>
    </message>
    <message>
        <source>Show Monday to Sunday</source>
        <translation>Vis mandag til søndag</translation>
    </message>
    <message>
        <source>&amp;Print day list…</source>
        <translation>Ud&amp;skriv dagsliste…</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Previous (Ctrl+Page Up)</source>
        <translation>Forrige (Ctrl+Page Up)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Forrige</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;I dag</translation>
    </message>
    <message>
        <source>Go to today (Ctrl+Home)</source>
        <translation>Gå til i dag (Ctrl+Home)</translation>
    </message>
    <message>
        <source>Next (Ctrl+Page Down)</source>
        <translation>Næste (Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <source>&amp;New appointment</source>
        <translation>&amp;Ny aftale</translation>
    </message>
    <message>
        <source>New appointment at the selected time (N or Enter in the calendar)</source>
        <translation>Ny aftale på det valgte tidspunkt (N eller Enter i kalenderen)</translation>
    </message>
    <message>
        <source>&amp;Calendar of</source>
        <translation>Ka&amp;lender for</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Skjul denne besked</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Uge %1: %2 – %3</translation>
    </message>
    <message>
        <source>Nobody to show yet: add staff under Organisation</source>
        <translation>Ingen at vise endnu: Tilføj medarbejdere under Indstillinger</translation>
    </message>
    <message>
        <source>Choose whose calendar to show</source>
        <translation>Vælg, hvis kalender der skal vises</translation>
    </message>
    <message>
        <source>No appointments this week for %1</source>
        <translation>Ingen aftaler i denne uge for %1</translation>
    </message>
    <message>
        <source>No appointments this day for %1</source>
        <translation>Ingen aftaler denne dag for %1</translation>
    </message>
    <message>
        <source>Saved, but please check:</source>
        <translation>Gemt, men tjek følgende:</translation>
    </message>
    <message>
        <source>The appointment no longer exists.</source>
        <translation>Aftalen findes ikke længere.</translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation>Rediger aftale</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) booked in the series (a series cannot be undone).</source>
        <translation>
            <numerusform>%n aftale booket i serien (en serie kan ikke fortrydes).</numerusform>
            <numerusform>%n aftaler booket i serien (en serie kan ikke fortrydes).</numerusform>
        </translation>
    </message>
    <message>
        <source>This and the following appointments were changed (this cannot be undone).</source>
        <translation>Denne og de følgende aftaler blev ændret (det kan ikke fortrydes).</translation>
    </message>
    <message>
        <source>Change a recurring appointment</source>
        <translation>Ændr en gentaget aftale</translation>
    </message>
    <message>
        <source>This appointment is part of a series. Change only this appointment, or this and all following?</source>
        <translation>Denne aftale er en del af en serie. Vil du kun ændre denne aftale eller denne og alle følgende?</translation>
    </message>
    <message>
        <source>Only this appointment</source>
        <translation>Kun denne aftale</translation>
    </message>
    <message>
        <source>This and all following</source>
        <translation>Denne og alle følgende</translation>
    </message>
    <message>
        <source>Change length of appointment</source>
        <translation>Ændr aftalens længde</translation>
    </message>
    <message>
        <source>Move appointment</source>
        <translation>Flyt aftale</translation>
    </message>
    <message>
        <source>This and the following appointments were moved (this cannot be undone).</source>
        <translation>Denne og de følgende aftaler blev flyttet (det kan ikke fortrydes).</translation>
    </message>
    <message>
        <source>Choose who you are under Settings to register outcomes</source>
        <translation>Vælg, hvem du er, under Indstillinger for at registrere resultater</translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <translation>&amp;Gennemført</translation>
    </message>
    <message>
        <source>&amp;No-show…</source>
        <translation>&amp;Udeblevet…</translation>
    </message>
    <message>
        <source>Cancelled by &amp;citizen…</source>
        <translation>Aflyst af &amp;borger…</translation>
    </message>
    <message>
        <source>Cancelled by &amp;staff…</source>
        <translation>Aflyst af &amp;medarbejder…</translation>
    </message>
    <message>
        <source>&amp;Reset to planned</source>
        <translation>Tilbage til &amp;planlagt</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <source>Cancel this and all &amp;following</source>
        <translation>Aflys denne og alle &amp;følgende</translation>
    </message>
    <message>
        <source>By the citizen…</source>
        <translation>Af borgeren…</translation>
    </message>
    <message>
        <source>By staff…</source>
        <translation>Af medarbejderen…</translation>
    </message>
    <message>
        <source>Choose who you are under Settings first: the outcome records who registered it. Nothing was saved.</source>
        <translation>Vælg først, hvem du er, under Indstillinger: Resultatet gemmer, hvem der har registreret det. Intet blev gemt.</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Hvorfor?</translation>
    </message>
    <message>
        <source>Register %1</source>
        <translation>Registrér %1</translation>
    </message>
    <message>
        <source>This and all following appointments without an outcome are cancelled. This cannot be undone.</source>
        <translation>Denne og alle følgende aftaler uden resultat bliver aflyst. Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>This and the following appointments were cancelled.</source>
        <translation>Denne og de følgende aftaler blev aflyst.</translation>
    </message>
    <message>
        <source>Write &amp;note…</source>
        <translation>Skriv &amp;notat…</translation>
    </message>
</context>
<context>
    <name>bs::CalendarSettingsPanel</name>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>&amp;Save calendar settings</source>
        <translation>&amp;Gem kalenderindstillinger</translation>
    </message>
    <message>
        <source>Saved. The calendar checks new bookings against these.</source>
        <translation>Gemt. Kalenderen tjekker nye bookinger op mod disse indstillinger.</translation>
    </message>
    <message>
        <source>Support is given from</source>
        <translation>Der ydes støtte fra</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>At least this long between two home visits</source>
        <translation>Mindst så lang tid mellem to hjemmebesøg</translation>
    </message>
    <message>
        <source>The same hours apply every day of the week. Bookings outside them, or home visits closer together, are allowed but the calendar warns about them.</source>
        <translation>De samme tider gælder alle ugens dage. Bookinger uden for tiderne og hjemmebesøg, der ligger tættere, er tilladt, men kalenderen advarer om dem.</translation>
    </message>
</context>
<context>
    <name>bs::CalendarView</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Arrows move the selection, Enter opens or creates, N creates, Alt+arrows move the selected appointment, Alt+Shift+Up/Down change its length, the menu key registers the outcome</source>
        <translation>Piletasterne flytter markeringen, Enter åbner eller opretter, N opretter, Alt+piletaster flytter den valgte aftale, Alt+Skift+Op/Ned ændrer dens varighed, menutasten registrerer resultatet</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Udeblevet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
</context>
<context>
    <name>bs::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Skift adgangskode</translation>
    </message>
    <message>
        <source>An administrator has given you a temporary password. Choose your own password (at least %1 characters) before you continue.</source>
        <translation>En administrator har givet dig en midlertidig adgangskode. Vælg din egen adgangskode (mindst %1 tegn), før du fortsætter.</translation>
    </message>
    <message>
        <source>Choose a new password of at least %1 characters.</source>
        <translation>Vælg en ny adgangskode på mindst %1 tegn.</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation>&amp;Nuværende adgangskode</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>N&amp;y adgangskode</translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation>&amp;Gentag ny adgangskode</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>Repeat new password: the two passwords differ</source>
        <translation>Gentag ny adgangskode: de to adgangskoder er forskellige</translation>
    </message>
</context>
<context>
    <name>bs::CitizenDialog</name>
    <message>
        <source>New citizen</source>
        <translation>Ny borger</translation>
    </message>
    <message>
        <source>Edit citizen</source>
        <translation>Rediger borger</translation>
    </message>
    <message>
        <source>DDMMYY-SSSS</source>
        <translation>DDMMÅÅ-SSSS</translation>
    </message>
    <message>
        <source>e.g. 86 12 34 56</source>
        <translation>fx 86 12 34 56</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;CPR number</source>
        <translation>&amp;CPR-nummer</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Postal code and city</source>
        <translation>&amp;Postnummer og by</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation>&amp;Sted</translation>
    </message>
    <message>
        <source>&amp;Target group</source>
        <translation>&amp;Målgruppe</translation>
    </message>
    <message>
        <source>C&amp;ontact person</source>
        <translation>&amp;Kontaktperson</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>&amp;Virtual support by</source>
        <translation>&amp;Virtuel støtte via</translation>
    </message>
</context>
<context>
    <name>bs::CitizenListModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CPR</source>
        <translation>CPR</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Support forms</source>
        <translation>Støtteformer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>bs::CitizenListPanel</name>
    <message>
        <source>No citizens yet</source>
        <translation>Ingen borgere endnu</translation>
    </message>
    <message>
        <source>Create the first citizen to start recording grants, support forms and goals.</source>
        <translation>Opret den første borger for at begynde at registrere bevillinger, støtteformer og mål.</translation>
    </message>
    <message>
        <source>&amp;New citizen…</source>
        <translation>&amp;Ny borger…</translation>
    </message>
    <message>
        <source>Find: name, CPR, site, contact person, support form…</source>
        <translation>Søg: navn, CPR, sted, kontaktperson, støtteform…</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Create a citizen (Ctrl+N)</source>
        <translation>Opret en borger (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n citizen(s)</source>
        <translation>
            <numerusform>%1 af %n borger</numerusform>
            <numerusform>%1 af %n borgere</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Look up outside own cases…</source>
        <translation>&amp;Opslag uden for egne sager…</translation>
    </message>
    <message>
        <source>Open the record of a citizen who is not one of your or your team&apos;s cases, by CPR number and with a reason. The look-up is logged and shown to the administrator.</source>
        <translation>Åbn oplysningerne om en borger, som ikke er en af dine eller dit teams sager, med CPR-nummer og begrundelse. Opslaget logges og vises for administratoren.</translation>
    </message>
    <message>
        <source>No citizens in your or your team&apos;s cases</source>
        <translation>Ingen borgere i dine eller dit teams sager</translation>
    </message>
    <message>
        <source>Create a citizen, or look up a citizen outside your own cases by CPR number and with a reason.</source>
        <translation>Opret en borger, eller slå en borger uden for dine egne sager op med CPR-nummer og begrundelse.</translation>
    </message>
</context>
<context>
    <name>bs::CitizenRightsPanel</name>
    <message>
        <source>DDMMYY-SSSS</source>
        <translation>DDMMÅÅ-SSSS</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;CPR number:</source>
        <translation>&amp;CPR-nummer:</translation>
    </message>
    <message>
        <source>Part of the name</source>
        <translation>Del af navnet</translation>
    </message>
    <message>
        <source>Or pick by &amp;name:</source>
        <translation>Eller vælg efter &amp;navn:</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <source>No citizens match.</source>
        <translation>Ingen borgere passer.</translation>
    </message>
    <message>
        <source>Rights request</source>
        <translation>Anmodning om rettigheder</translation>
    </message>
    <message>
        <source>&amp;Hand over data…</source>
        <translation>&amp;Udlevér data…</translation>
    </message>
    <message>
        <source>The right of access: every record, every journal-note version and the access log as a PDF and a JSON file.</source>
        <translation>Retten til indsigt: alle oplysninger, alle versioner af journalnotater og adgangsloggen som en PDF- og en JSON-fil.</translation>
    </message>
    <message>
        <source>&amp;Erase citizen…</source>
        <translation>&amp;Slet borger…</translation>
    </message>
    <message>
        <source>The right to erasure: every record about the citizen is removed for good, on every synchronised computer.</source>
        <translation>Retten til sletning: alle oplysninger om borgeren fjernes endeligt på alle synkroniserede computere.</translation>
    </message>
    <message>
        <source>Rights requests are handled by an administrator. Log in as one to hand over or erase a citizen&apos;s data.</source>
        <translation>Anmodninger om indsigt og sletning behandles af en administrator. Log ind som administrator for at udlevere eller slette en borgers data.</translation>
    </message>
    <message>
        <source>no CPR number</source>
        <translation>intet CPR-nummer</translation>
    </message>
    <message>
        <source>There are no citizens in this file.</source>
        <translation>Der er ingen borgere i denne fil.</translation>
    </message>
    <message>
        <source>No citizens match “%1”.</source>
        <translation>Ingen borgere passer til “%1”.</translation>
    </message>
    <message>
        <source>No citizen has the CPR number %1.</source>
        <translation>Ingen borger har CPR-nummeret %1.</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>Fundet: %1.</translation>
    </message>
    <message>
        <source>Choose a citizen: type their CPR number and press Enter, or pick them from the list.</source>
        <translation>Vælg en borger: skriv borgerens CPR-nummer, og tryk på Enter, eller vælg borgeren på listen.</translation>
    </message>
    <message>
        <source>%1
CPR number: %2

Records held: %3</source>
        <translation>%1
CPR-nummer: %2

Registrerede oplysninger: %3</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <source>Choose a citizen first.</source>
        <translation>Vælg en borger først.</translation>
    </message>
    <message>
        <source>The extract is in %1: %2. Hand it over securely (not by ordinary e-mail).</source>
        <translation>Indsigtsudtrækket ligger i %1: %2. Udlevér det sikkert (ikke med almindelig e-mail).</translation>
    </message>
    <message>
        <source>Folder for the extract</source>
        <translation>Mappe til indsigtsudtrækket</translation>
    </message>
    <message numerus="yes">
        <source>Erased %n record(s).</source>
        <translation>
            <numerusform>Slettede %n post.</numerusform>
            <numerusform>Slettede %n poster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n safety copy(ies) that still held the data.</source>
        <translation>
            <numerusform>Fjernede %n sikkerhedskopi, der stadig indeholdt dataene.</numerusform>
            <numerusform>Fjernede %n sikkerhedskopier, der stadig indeholdt dataene.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bs::CitizenView</name>
    <message>
        <source>‹ All citizens</source>
        <translation>‹ Alle borgere</translation>
    </message>
    <message>
        <source>Edit citi&amp;zen…</source>
        <translation>Rediger bor&amp;ger…</translation>
    </message>
    <message>
        <source>End citizen&apos;s &amp;course…</source>
        <translation>&amp;Afslut forløb…</translation>
    </message>
    <message>
        <source>Show ended</source>
        <translation>Vis afsluttede</translation>
    </message>
    <message>
        <source>Back to the citizen list (Alt+Left)</source>
        <translation>Tilbage til borgerlisten (Alt+Venstre)</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Stamdata</translation>
    </message>
    <message>
        <source>&amp;Grants</source>
        <translation>&amp;Bevillinger</translation>
    </message>
    <message>
        <source>&amp;Support forms</source>
        <translation>S&amp;tøtteformer</translation>
    </message>
    <message>
        <source>G&amp;oals</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code and city</source>
        <translation>Postnummer og by</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Virtual support by</source>
        <translation>Virtuel støtte via</translation>
    </message>
    <message>
        <source>Edit citizen %1</source>
        <translation>Rediger borger %1</translation>
    </message>
    <message>
        <source>End course of %1</source>
        <translation>Afslut forløb for %1</translation>
    </message>
    <message>
        <source>End citizen&apos;s course</source>
        <translation>Afslut borgerens forløb</translation>
    </message>
    <message>
        <source>%1&apos;s status becomes Closed, and every support form that runs longer ends on this date. Grants and goals are kept as they are.</source>
        <translation>%1 får status Afsluttet, og alle støtteformer, der løber længere, slutter på denne dato. Bevillinger og mål forbliver uændrede.</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Handleplan (PDF)</source>
        <translation>&amp;Handleplan (PDF)</translation>
    </message>
    <message>
        <source>The handleplan and status for the meeting with the citizen: grants, goals, delmål and recent progress</source>
        <translation>Handleplan og status til mødet med borgeren: bevillinger, indsatsmål, delmål og seneste udvikling</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Gem som PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>Handleplan</source>
        <translation>Handleplan</translation>
    </message>
    <message>
        <source>Save handleplan</source>
        <translation>Gem handleplan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Handleplan %1</source>
        <translation>Handleplan %1</translation>
    </message>
    <message>
        <source>Print handleplan</source>
        <translation>Udskriv handleplan</translation>
    </message>
</context>
<context>
    <name>bs::CitizensPage</name>
    <message>
        <source>New citizen %1</source>
        <translation>Ny borger %1</translation>
    </message>
</context>
<context>
    <name>bs::ClosingProposalDialog</name>
    <message>
        <source>the grant %1 from %2</source>
        <translation>bevillingen efter %1 fra %2</translation>
    </message>
    <message>
        <source>the support form %1</source>
        <translation>støtteformen %1</translation>
    </message>
    <message>
        <source>No open goals left</source>
        <translation>Ingen åbne mål tilbage</translation>
    </message>
    <message>
        <source>No open indsatsmål is left under this support. %1</source>
        <translation>Der er ikke flere åbne indsatsmål under denne støtte. %1</translation>
    </message>
    <message>
        <source>End &amp;date</source>
        <translation>Slut&amp;dato</translation>
    </message>
    <message>
        <source>&amp;End the checked</source>
        <translation>&amp;Afslut de markerede</translation>
    </message>
    <message>
        <source>&amp;Keep them running</source>
        <translation>&amp;Lad dem fortsætte</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <source>End %1?</source>
        <translation>Afslut %1?</translation>
    </message>
    <message>
        <source>Ends with its grant</source>
        <translation>Slutter sammen med bevillingen</translation>
    </message>
</context>
<context>
    <name>bs::ConflictTableModel</name>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>en anden computer</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Edited after it was deleted</source>
        <translation>Rettet, efter den blev slettet</translation>
    </message>
    <message>
        <source>Two versions of the note</source>
        <translation>To versioner af notatet</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>In use now</source>
        <translation>I brug nu</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>Skrevet på</translation>
    </message>
    <message>
        <source>The other value</source>
        <translation>Den anden værdi</translation>
    </message>
</context>
<context>
    <name>bs::ConflictsPanel</name>
    <message>
        <source>one computer</source>
        <translation>én computer</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>en anden computer</translation>
    </message>
    <message>
        <source>%1 was changed at %2 and at %3 without either knowing of the other. The newest value is in use; choose which one is right.</source>
        <translation>%1 blev ændret på %2 og på %3, uden at de vidste om hinanden. Den nyeste værdi er i brug; vælg, hvilken der er den rigtige.</translation>
    </message>
    <message>
        <source>This was deleted at %1 but edited at %2 meanwhile, so it was kept with the edit. Keep it, or delete it after all.</source>
        <translation>Dette blev slettet på %1, men rettet på %2 i mellemtiden, så det er beholdt med rettelsen. Behold det, eller slet det alligevel.</translation>
    </message>
    <message>
        <source>The note was written differently at %1 and at %2. Both texts are kept in the note&apos;s history; choose the one the note should show from now on.</source>
        <translation>Notatet blev skrevet forskelligt på %1 og på %2. Begge tekster gemmes i notatets historik; vælg den, notatet skal vise fremover.</translation>
    </message>
    <message>
        <source>&amp;Keep this one</source>
        <translation>&amp;Behold denne</translation>
    </message>
    <message>
        <source>Keep &amp;this one</source>
        <translation>Behold &amp;denne</translation>
    </message>
    <message>
        <source>No conflicts: every change merged cleanly.</source>
        <translation>Ingen konflikter: alle ændringer blev flettet uden problemer.</translation>
    </message>
    <message>
        <source>Keeps the value in use now.</source>
        <translation>Beholder den værdi, der er i brug nu.</translation>
    </message>
    <message>
        <source>Brings back the other value; it is sent to the other computers with the next file.</source>
        <translation>Henter den anden værdi tilbage; den sendes til de andre computere med den næste fil.</translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>Konflikterne kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>In use now</source>
        <translation>I brug nu</translation>
    </message>
    <message>
        <source>The other value</source>
        <translation>Den anden værdi</translation>
    </message>
    <message>
        <source>Version shown now: %1</source>
        <translation>Version, der vises nu: %1</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>I brug nu: %1</translation>
    </message>
    <message>
        <source>Other version: %1</source>
        <translation>Anden version: %1</translation>
    </message>
    <message>
        <source>The other value: %1</source>
        <translation>Den anden værdi: %1</translation>
    </message>
    <message>
        <source>Kept, with the edit: %1</source>
        <translation>Beholdt med rettelsen: %1</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Show the other version of the note from now on? Both texts stay in the note&apos;s history.</source>
        <translation>Skal notatet vise den anden version fremover? Begge tekster bliver i notatets historik.</translation>
    </message>
    <message>
        <source>Keep the version of the note shown now? Both texts stay in the note&apos;s history.</source>
        <translation>Vil du beholde den version af notatet, der vises nu? Begge tekster bliver i notatets historik.</translation>
    </message>
    <message>
        <source>Delete %1 after all?</source>
        <translation>Vil du slette %1 alligevel?</translation>
    </message>
    <message>
        <source>Keep &quot;%1&quot; as %2 of %3?</source>
        <translation>Vil du beholde &quot;%1&quot; som %2 for %3?</translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation>Løs konflikt</translation>
    </message>
    <message>
        <source>The choice is sent to the other computers with the next file and cannot be undone with Undo.</source>
        <translation>Valget sendes til de andre computere med den næste fil og kan ikke fortrydes med Fortryd.</translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation>Behold denne</translation>
    </message>
    <message>
        <source>The conflict was not resolved: %1</source>
        <translation>Konflikten blev ikke løst: %1</translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation>Løst.</translation>
    </message>
</context>
<context>
    <name>bs::CurrentStaff</name>
    <message>
        <source>Choose who you are under Settings ▸ General</source>
        <translation>Vælg, hvem du er, under Indstillinger ▸ Generelt</translation>
    </message>
    <message>
        <source>You are no longer listed as staff: choose who you are under Settings</source>
        <translation>Du står ikke længere på listen over medarbejdere: vælg, hvem du er, under Indstillinger</translation>
    </message>
    <message>
        <source>Choose a listed staff member</source>
        <translation>Vælg en medarbejder fra listen</translation>
    </message>
    <message>
        <source>You are logged in as %1; log in as that user to work as someone else</source>
        <translation>Du er logget ind som %1; log ind som den anden bruger for at arbejde som vedkommende</translation>
    </message>
</context>
<context>
    <name>bs::DatabasePanel</name>
    <message>
        <source>disable – no encryption</source>
        <translation>disable – ingen kryptering</translation>
    </message>
    <message>
        <source>Nothing is encrypted. Only for a test server on this computer.</source>
        <translation>Intet krypteres. Kun til en testserver på denne computer.</translation>
    </message>
    <message>
        <source>allow – only if the server insists</source>
        <translation>allow – kun hvis serveren kræver det</translation>
    </message>
    <message>
        <source>Encrypted only when the server demands it. Not for personal data.</source>
        <translation>Krypteres kun, når serveren kræver det. Ikke til personoplysninger.</translation>
    </message>
    <message>
        <source>prefer – when the server can</source>
        <translation>prefer – når serveren kan</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it, otherwise not. The server&apos;s identity is not checked.</source>
        <translation>Krypteres, når serveren tilbyder det, ellers ikke. Serverens identitet kontrolleres ikke.</translation>
    </message>
    <message>
        <source>require – always encrypted</source>
        <translation>require – altid krypteret</translation>
    </message>
    <message>
        <source>Always encrypted; the server&apos;s identity is not checked. The least to use for personal data.</source>
        <translation>Altid krypteret; serverens identitet kontrolleres ikke. Det mindste til personoplysninger.</translation>
    </message>
    <message>
        <source>verify-ca – encrypted, checked</source>
        <translation>verify-ca – krypteret, kontrolleret</translation>
    </message>
    <message>
        <source>Always encrypted, and the server&apos;s certificate must be issued by an authority IT trusts.</source>
        <translation>Altid krypteret, og serverens certifikat skal være udstedt af en myndighed, som it-afdelingen stoler på.</translation>
    </message>
    <message>
        <source>verify-full – encrypted, fully checked</source>
        <translation>verify-full – krypteret, fuldt kontrolleret</translation>
    </message>
    <message>
        <source>Always encrypted, and the certificate must be trusted and name this very server. The safest.</source>
        <translation>Altid krypteret, og certifikatet skal være betroet og navngive netop denne server. Det sikreste.</translation>
    </message>
    <message>
        <source>A &amp;file on this computer</source>
        <translation>En &amp;fil på denne computer</translation>
    </message>
    <message>
        <source>A PostgreSQL se&amp;rver</source>
        <translation>En PostgreSQL-se&amp;rver</translation>
    </message>
    <message>
        <source>Te&amp;st connection</source>
        <translation>Te&amp;st forbindelsen</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Ge&amp;m</translation>
    </message>
    <message>
        <source>In use now</source>
        <translation>I brug nu</translation>
    </message>
    <message>
        <source>At the next start</source>
        <translation>Ved næste start</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>File &amp;name</source>
        <translation>Fil&amp;navn</translation>
    </message>
    <message>
        <source>e.g. db.kommune.dk</source>
        <translation>fx db.kommune.dk</translation>
    </message>
    <message>
        <source>e.g. bostotte</source>
        <translation>fx bostotte</translation>
    </message>
    <message>
        <source>your database user name</source>
        <translation>dit brugernavn i databasen</translation>
    </message>
    <message>
        <source>optional; empty: the user&apos;s default schema</source>
        <translation>valgfrit; tomt: brugerens standardskema</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Vært</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>D&amp;atabase</source>
        <translation>D&amp;atabase</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Bruger</translation>
    </message>
    <message>
        <source>T&amp;LS</source>
        <translation>T&amp;LS</translation>
    </message>
    <message>
        <source>Sche&amp;ma</source>
        <translation>Ske&amp;ma</translation>
    </message>
    <message>
        <source>The password of a server is never saved: Bostøtte asks for it at start (or the IT department sets up a .pgpass file or a certificate). A changed location takes effect at the next start. Only a file on this computer&apos;s own disk can be used; network drives are refused.</source>
        <translation>En servers adgangskode gemmes aldrig: Bostøtte spørger efter den ved start (eller it-afdelingen opsætter en .pgpass-fil eller et certifikat). Et ændret sted gælder fra næste start. Kun en fil på computerens egen disk kan bruges; netværksdrev afvises.</translation>
    </message>
    <message>
        <source>The same</source>
        <translation>Det samme</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasefil</translation>
    </message>
    <message>
        <source>Bostøtte databases (*.sqlite);;All files (*)</source>
        <translation>Bostøtte-databaser (*.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Write the path of the database file, or choose it with Browse.</source>
        <translation>Skriv stien til databasefilen, eller vælg den med Gennemse.</translation>
    </message>
    <message>
        <source>This is a server address; choose &quot;A PostgreSQL server&quot; for it.</source>
        <translation>Det er en serveradresse; vælg &quot;En PostgreSQL-server&quot; til den.</translation>
    </message>
    <message>
        <source>Write the full path of the file, e.g. %1.</source>
        <translation>Skriv den fulde sti til filen, fx %1.</translation>
    </message>
    <message>
        <source>%1 is a folder; write the name of a file in it.</source>
        <translation>%1 er en mappe; skriv navnet på en fil i den.</translation>
    </message>
    <message>
        <source>Write the name or address of the server, e.g. db.kommune.dk.</source>
        <translation>Skriv serverens navn eller adresse, fx db.kommune.dk.</translation>
    </message>
    <message>
        <source>Saved. This is the database in use now.</source>
        <translation>Gemt. Det er databasen, der er i brug nu.</translation>
    </message>
    <message>
        <source>Saved. Bostøtte uses %1 from the next start.</source>
        <translation>Gemt. Bostøtte bruger %1 fra næste start.</translation>
    </message>
    <message>
        <source>This is the database file in use now.</source>
        <translation>Det er databasefilen, der er i brug nu.</translation>
    </message>
    <message>
        <source>The file exists (%1 MB). Bostøtte opens it at the next start, and updates it if it was made by an older version.</source>
        <translation>Filen findes (%1 MB). Bostøtte åbner den ved næste start og opdaterer den, hvis den er lavet af en ældre version.</translation>
    </message>
    <message>
        <source>The file does not exist yet. Bostøtte creates a new, empty database there at the next start.</source>
        <translation>Filen findes ikke endnu. Bostøtte opretter en ny, tom database der ved næste start.</translation>
    </message>
    <message>
        <source>Neither the file nor its folder exists yet. Bostøtte creates both at the next start.</source>
        <translation>Hverken filen eller dens mappe findes endnu. Bostøtte opretter begge ved næste start.</translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>Forbinder til %1 …</translation>
    </message>
    <message>
        <source>The connection was not tested: no password was given.</source>
        <translation>Forbindelsen blev ikke testet: der blev ikke givet nogen adgangskode.</translation>
    </message>
</context>
<context>
    <name>bs::DayListDialog</name>
    <message>
        <source>Print day list</source>
        <translation>Udskriv dagsliste</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(vælg)</translation>
    </message>
    <message>
        <source>&amp;Staff member</source>
        <translation>&amp;Medarbejder</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Gem som &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>Day list %1 %2.pdf</source>
        <translation>Dagsliste %1 %2.pdf</translation>
    </message>
    <message>
        <source>Save day list</source>
        <translation>Gem dagsliste</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>bs::DeskPage</name>
    <message>
        <source>&amp;Check in</source>
        <translation>Tjek &amp;ind</translation>
    </message>
    <message>
        <source>&amp;Anonymous visitor</source>
        <translation>&amp;Anonym besøgende</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Remove from queue</source>
        <translation>&amp;Fjern fra køen</translation>
    </message>
    <message>
        <source>Counselling desk</source>
        <translation>Rådgivningen</translation>
    </message>
    <message>
        <source>No site has opening hours yet. The counselling desk runs at a site during its opening hours: open Settings, choose the site under Sites and give it opening hours (and, if you like, its time per visit and bookable times).</source>
        <translation>Intet sted har åbningstider endnu. Rådgivningen holder åbent på et sted i stedets åbningstider: Åbn Indstillinger, vælg stedet under Steder, og giv det åbningstider (og evt. tid pr. besøg og bookbare tider).</translation>
    </message>
    <message>
        <source>Citizen&apos;s name or CPR number, then Enter</source>
        <translation>Borgerens navn eller CPR-nummer, derefter Enter</translation>
    </message>
    <message>
        <source>Counts a visitor who has no grant or does not give a name</source>
        <translation>Tæller en besøgende, der ikke har en bevilling eller ikke vil oplyse sit navn</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Besøgende</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Ankommet</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>Ingen venter.</translation>
    </message>
    <message>
        <source>Takes back a check-in made by mistake (e.g. the wrong person)</source>
        <translation>Fortryder en fejlagtig indtjekning (fx den forkerte person)</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ted:</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Kø</translation>
    </message>
    <message>
        <source>The site no longer exists</source>
        <translation>Stedet findes ikke længere</translation>
    </message>
    <message>
        <source>Open now · today %1</source>
        <translation>Åbent nu · i dag %1</translation>
    </message>
    <message>
        <source>Closed now · open today %1</source>
        <translation>Lukket nu · åbent i dag %1</translation>
    </message>
    <message>
        <source>Closed today — next open %1 %2</source>
        <translation>Lukket i dag — åbner næste gang %1 kl. %2</translation>
    </message>
    <message>
        <source>Closed for today — next open %1 %2</source>
        <translation>Lukket for i dag — åbner næste gang %1 kl. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n min per visit</source>
        <translation>
            <numerusform>%n min. pr. besøg</numerusform>
            <numerusform>%n min. pr. besøg</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is on duty at the desk today.</source>
        <translation>Ingen har rådgivningsvagt i dag.</translation>
    </message>
    <message>
        <source>On duty today: %1</source>
        <translation>Vagt i dag: %1</translation>
    </message>
    <message>
        <source>I am &amp;not on duty</source>
        <translation>Jeg har i&amp;kke vagt</translation>
    </message>
    <message>
        <source>I am on &amp;duty today</source>
        <translation>Jeg har &amp;vagt i dag</translation>
    </message>
    <message>
        <source>Today: no visits yet.</source>
        <translation>I dag: ingen besøg endnu.</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n visit(s)</source>
        <translation>
            <numerusform>I dag: %n besøg</numerusform>
            <numerusform>I dag: %n besøg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous</source>
        <translation>
            <numerusform>%n anonym</numerusform>
            <numerusform>%n anonyme</numerusform>
        </translation>
    </message>
    <message>
        <source>average wait %1</source>
        <translation>gns. ventetid %1</translation>
    </message>
    <message>
        <source>average visit %1</source>
        <translation>gns. besøgstid %1</translation>
    </message>
    <message numerus="yes">
        <source>%n over the time per visit</source>
        <translation>
            <numerusform>%n over tiden pr. besøg</numerusform>
            <numerusform>%n over tiden pr. besøg</numerusform>
        </translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Emner: %1</translation>
    </message>
    <message>
        <source>With %1 · %2</source>
        <translation>Hos %1 · %2</translation>
    </message>
    <message>
        <source>The site is closed now</source>
        <translation>Stedet er lukket nu</translation>
    </message>
    <message>
        <source>Choose who you are under Settings first</source>
        <translation>Vælg først, hvem du er, under Indstillinger</translation>
    </message>
    <message>
        <source>Choose who you are under Settings to take desk duty, start visits and book times. Visitors can be checked in meanwhile.</source>
        <translation>Vælg, hvem du er, under Indstillinger for at tage rådgivningsvagt, starte besøg og booke tider. Besøgende kan tjekkes ind imens.</translation>
    </message>
    <message>
        <source>Type the citizen&apos;s name (or choose from the list), or press Anonymous visitor.</source>
        <translation>Skriv borgerens navn (eller vælg på listen), eller tryk på Anonym besøgende.</translation>
    </message>
    <message>
        <source>Several citizens match &quot;%1&quot;: choose one from the list</source>
        <translation>Flere borgere passer på &quot;%1&quot;: vælg en på listen</translation>
    </message>
    <message>
        <source>No citizen matches &quot;%1&quot;. Check the spelling, or press Anonymous visitor.</source>
        <translation>Ingen borger passer på &quot;%1&quot;. Tjek stavemåden, eller tryk på Anonym besøgende.</translation>
    </message>
    <message>
        <source>No grant to rådgivning</source>
        <translation>Ingen bevilling til rådgivning</translation>
    </message>
    <message>
        <source>The visitor can still be helped and counted as an anonymous visit, without name.</source>
        <translation>Den besøgende kan stadig få hjælp og tælles med som et anonymt besøg uden navn.</translation>
    </message>
    <message>
        <source>Count &amp;anonymously</source>
        <translation>Tæl som &amp;anonym</translation>
    </message>
    <message>
        <source>Check in %1</source>
        <translation>Tjek %1 ind</translation>
    </message>
    <message>
        <source>%1 checked in at %2</source>
        <translation>%1 er tjekket ind kl. %2</translation>
    </message>
    <message>
        <source>Choose who you are under Settings before starting a visit.</source>
        <translation>Vælg, hvem du er, under Indstillinger, før du starter et besøg.</translation>
    </message>
    <message>
        <source>Start visit of %1</source>
        <translation>Start besøg for %1</translation>
    </message>
    <message>
        <source>Remove %1 from the queue</source>
        <translation>Fjern %1 fra køen</translation>
    </message>
    <message>
        <source>%1 was removed from the queue</source>
        <translation>%1 er fjernet fra køen</translation>
    </message>
    <message>
        <source>Check out %1</source>
        <translation>Tjek %1 ud</translation>
    </message>
    <message>
        <source>%1 checked out after %2 (over the %3 per visit)</source>
        <translation>%1 er tjekket ud efter %2 (over de %3 pr. besøg)</translation>
    </message>
    <message>
        <source>%1 checked out after %2</source>
        <translation>%1 er tjekket ud efter %2</translation>
    </message>
    <message>
        <source>Take desk duty</source>
        <translation>Tag rådgivningsvagt</translation>
    </message>
    <message>
        <source>Leave desk duty</source>
        <translation>Afgiv rådgivningsvagt</translation>
    </message>
    <message>
        <source>Choose who you are under Settings before booking.</source>
        <translation>Vælg, hvem du er, under Indstillinger, før du booker.</translation>
    </message>
    <message>
        <source>Book desk time for %1</source>
        <translation>Book tid i rådgivningen til %1</translation>
    </message>
    <message>
        <source>%1 is booked at %2</source>
        <translation>%1 er booket kl. %2</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>(unknown citizen)</source>
        <translation>(ukendt borger)</translation>
    </message>
</context>
<context>
    <name>bs::DeskSlotsPanel</name>
    <message>
        <source>Bookable times</source>
        <translation>Bookbare tider</translation>
    </message>
    <message>
        <source>&amp;Book…</source>
        <translation>&amp;Book…</translation>
    </message>
    <message>
        <source>Check in booked &amp;visitor</source>
        <translation>&amp;Tjek booket besøgende ind</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation>Booket af</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booket</translation>
    </message>
    <message>
        <source>Free (passed)</source>
        <translation>Ledig (overstået)</translation>
    </message>
    <message>
        <source>The site is closed on %1: no times to book.</source>
        <translation>Stedet har lukket %1: ingen tider at booke.</translation>
    </message>
</context>
<context>
    <name>bs::DeskTimerLabel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>The visit has taken longer than the site&apos;s time per visit</source>
        <translation>Besøget har varet længere end stedets tid pr. besøg</translation>
    </message>
    <message>
        <source>Time of this visit against the site&apos;s time per visit</source>
        <translation>Tid for dette besøg i forhold til stedets tid pr. besøg</translation>
    </message>
</context>
<context>
    <name>bs::DeskVisitPanel</name>
    <message>
        <source>Visit in progress</source>
        <translation>Besøg i gang</translation>
    </message>
    <message>
        <source>Short practical note (optional), e.g. &quot;comes back next week with the letter&quot;</source>
        <translation>Kort praktisk note (valgfri), fx &quot;kommer igen i næste uge med brevet&quot;</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>Tjek &amp;ud</translation>
    </message>
    <message>
        <source>What was the visit about?</source>
        <translation>Hvad handlede besøget om?</translation>
    </message>
    <message>
        <source>%1 — helped by %2</source>
        <translation>%1 — hjælpes af %2</translation>
    </message>
    <message>
        <source>No visit in progress. Select a waiting visitor in the queue and press Start.</source>
        <translation>Intet besøg i gang. Vælg en ventende besøgende i køen, og tryk på Start.</translation>
    </message>
</context>
<context>
    <name>bs::EconomicModelPanel</name>
    <message>
        <source> kr.</source>
        <translation> kr.</translation>
    </message>
    <message>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Staff cost per &amp;hour (salary and overhead)</source>
        <translation>Time&amp;pris for personale (løn og overhead)</translation>
    </message>
    <message>
        <source>Travel &amp;minutes per home visit, both ways</source>
        <translation>Køretid i min&amp;utter pr. hjemmebesøg, begge veje</translation>
    </message>
    <message>
        <source>&amp;Km per home visit, both ways</source>
        <translation>Km pr. &amp;hjemmebesøg, begge veje</translation>
    </message>
    <message>
        <source>Km &amp;rate</source>
        <translation>Kilomete&amp;rtakst</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Café (kr.)</source>
        <translation>Café (kr.)</translation>
    </message>
    <message>
        <source>Group (kr.)</source>
        <translation>Gruppe (kr.)</translation>
    </message>
    <message>
        <source>Virtual (kr.)</source>
        <translation>Virtuel (kr.)</translation>
    </message>
    <message>
        <source>Yearly &amp;targets per support form</source>
        <translation>Årlige må&amp;ltal pr. støtteform</translation>
    </message>
    <message>
        <source>&amp;Add year</source>
        <translation>Tilføj &amp;år</translation>
    </message>
    <message>
        <source>Remo&amp;ve year</source>
        <translation>&amp;Fjern år</translation>
    </message>
    <message>
        <source>&amp;Save economic model</source>
        <translation>Gem økonomisk mo&amp;del</translation>
    </message>
    <message>
        <source>Saved. The savings charts use these figures from now on.</source>
        <translation>Gemt. Diagrammerne over gevinster bruger disse tal fra nu af.</translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation>Gendan standard&amp;værdier</translation>
    </message>
    <message>
        <source>The default figures are in the fields. Save to use them.</source>
        <translation>Standardtallene står i felterne. Gem for at bruge dem.</translation>
    </message>
    <message>
        <source>How the savings are computed</source>
        <translation>Sådan beregnes gevinsterne</translation>
    </message>
    <message>
        <source>Choose the year to remove in the table first.</source>
        <translation>Vælg først det år, der skal fjernes, i tabellen.</translation>
    </message>
    <message>
        <source>The year is removed from the fields. Save to store it.</source>
        <translation>Året er fjernet fra felterne. Gem for at gemme ændringen.</translation>
    </message>
    <message>
        <source>Targets, row %1: &quot;%2&quot; is not a year</source>
        <translation>Måltal, række %1: &quot;%2&quot; er ikke et år</translation>
    </message>
    <message>
        <source>Targets: the year %1 is there twice</source>
        <translation>Måltal: året %1 står der to gange</translation>
    </message>
    <message>
        <source>Targets, %1, %2: &quot;%3&quot; is not an amount in kr.</source>
        <translation>Måltal, %1, %2: &quot;%3&quot; er ikke et beløb i kr.</translation>
    </message>
</context>
<context>
    <name>bs::EndDialog</name>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultat</translation>
    </message>
    <message>
        <source>End &amp;date</source>
        <translation>&amp;Slutdato</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Afslut</translation>
    </message>
</context>
<context>
    <name>bs::EraseDialog</name>
    <message>
        <source>Erase %1</source>
        <translation>Slet %1</translation>
    </message>
    <message numerus="yes">
        <source>Erase %n citizens</source>
        <translation>
            <numerusform>Slet %n borger</numerusform>
            <numerusform>Slet %n borgere</numerusform>
        </translation>
    </message>
    <message>
        <source>Every record about &lt;b&gt;%1&lt;/b&gt; is erased: %2.</source>
        <translation>Alle oplysninger om &lt;b&gt;%1&lt;/b&gt; slettes: %2.</translation>
    </message>
    <message>
        <source>Every record about these citizens is erased: %1.</source>
        <translation>Alle oplysninger om disse borgere slettes: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; The erasure also travels to the synchronised computers with the next bundle, and the plain safety copies next to the database file are removed.</source>
        <translation>&lt;b&gt;Det kan ikke fortrydes.&lt;/b&gt; Sletningen sendes også til de synkroniserede computere med den næste synkroniseringsfil, og de ukrypterede sikkerhedskopier ved siden af databasefilen fjernes.</translation>
    </message>
    <message>
        <source>Group notes written for a whole group session stay, because the other participants share them; the citizen&apos;s own copy in the journal and their personal additions are erased. The access log keeps that an erasure took place, with the reason, but no name or CPR number.</source>
        <translation>Gruppenotater skrevet til en hel gruppegang bevares, fordi de andre deltagere deler dem; borgerens egen kopi i journalen og borgerens personlige tilføjelser slettes. Adgangsloggen beholder, at en sletning har fundet sted, med begrundelsen, men uden navn eller CPR-nummer.</translation>
    </message>
    <message>
        <source>Why, e.g. the citizen&apos;s request of 3 November</source>
        <translation>Hvorfor, fx borgerens anmodning af 3. november</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <source>Type the number of citizens (%1) to confirm:</source>
        <translation>Skriv antallet af borgere (%1) for at bekræfte:</translation>
    </message>
    <message>
        <source>Type %1&apos;s CPR number to confirm:</source>
        <translation>Skriv CPR-nummeret for %1 for at bekræfte:</translation>
    </message>
    <message>
        <source>Type %1&apos;s name to confirm:</source>
        <translation>Skriv navnet på %1 for at bekræfte:</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Slet endeligt</translation>
    </message>
</context>
<context>
    <name>bs::FirstAdministratorDialog</name>
    <message>
        <source>Bostøtte — the administrator of this file</source>
        <translation>Bostøtte — administrator af denne fil</translation>
    </message>
    <message>
        <source>This database file has no users yet. Create the administrator of this file: the person who creates the other users, unlocks them and looks after the access log and backups. Use at least %1 characters in the password, and keep it safe — without it no one can log in.</source>
        <translation>Denne databasefil har endnu ingen brugere. Opret administratoren af filen: den person, der opretter de andre brugere, låser dem op og holder øje med adgangsloggen og sikkerhedskopierne. Brug mindst %1 tegn i adgangskoden, og opbevar den sikkert — uden den kan ingen logge ind.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Brugernavn</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Adgangskode</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Gentag adgangskode</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Opret administrator</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ</source>
        <translation>Gentag adgangskode: de to adgangskoder er forskellige</translation>
    </message>
</context>
<context>
    <name>bs::FollowUpPage</name>
    <message>
        <source>Done %1: %2</source>
        <translation>Udført %1: %2</translation>
    </message>
    <message>
        <source>Snoozed until %1: %2</source>
        <translation>Udsat til %1: %2</translation>
    </message>
    <message>
        <source>Back from snooze (%1)</source>
        <translation>Tilbage efter udsættelse (%1)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Show d&amp;one</source>
        <translation>Vis ud&amp;førte</translation>
    </message>
    <message>
        <source>Show s&amp;noozed</source>
        <translation>Vis ud&amp;satte</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Tjek nu</translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation>R&amp;egler…</translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation>&amp;Udført…</translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation>U&amp;dsæt…</translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation>&amp;Overdrag…</translation>
    </message>
    <message>
        <source>Open c&amp;itizen</source>
        <translation>Åbn &amp;borger</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Mit team</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation>Alle frister</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Frist inden for 7 dage</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Frist i dag</translation>
    </message>
    <message>
        <source>Run the follow-up rules now</source>
        <translation>Kør opfølgningsreglerne nu</translation>
    </message>
    <message>
        <source>When the rules raise a task</source>
        <translation>Hvornår reglerne opretter en opgave</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The rules could not be checked: %1</source>
        <translation>Reglerne kunne ikke tjekkes: %1</translation>
    </message>
    <message>
        <source>Checked %1: nothing new.</source>
        <translation>Tjekket %1: intet nyt.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1: %n new task(s).</source>
        <translation>
            <numerusform>Tjekket %1: %n ny opgave.</numerusform>
            <numerusform>Tjekket %1: %n nye opgaver.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose who you are under Settings to see your tasks, or show everyone&apos;s.</source>
        <translation>Vælg, hvem du er, under Indstillinger for at se dine opgaver, eller vis alles.</translation>
    </message>
    <message>
        <source>Choose who you are under Settings to see your team&apos;s tasks.</source>
        <translation>Vælg, hvem du er, under Indstillinger for at se dit teams opgaver.</translation>
    </message>
    <message>
        <source>You are not on a team. Choose your team under Settings, or show everyone&apos;s tasks.</source>
        <translation>Du er ikke med i et team. Vælg dit team under Indstillinger, eller vis alles opgaver.</translation>
    </message>
    <message>
        <source>The tasks could not be read: %1</source>
        <translation>Opgaverne kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>No tasks match the filters.</source>
        <translation>Ingen opgaver passer til filtrene.</translation>
    </message>
    <message>
        <source>Nothing to follow up for you. New tasks appear here when the rules find something.</source>
        <translation>Du har intet at følge op på. Nye opgaver vises her, når reglerne finder noget.</translation>
    </message>
    <message>
        <source>Nothing to follow up.</source>
        <translation>Intet at følge op på.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Choose who you are under Settings to mark tasks done or snooze them.</source>
        <translation>Vælg, hvem du er, under Indstillinger for at markere opgaver som udført eller udsætte dem.</translation>
    </message>
    <message>
        <source>Task done: %1, %2</source>
        <translation>Opgave udført: %1, %2</translation>
    </message>
    <message>
        <source>Task snoozed: %1, %2</source>
        <translation>Opgave udsat: %1, %2</translation>
    </message>
    <message>
        <source>Task reassigned: %1, %2</source>
        <translation>Opgave overdraget: %1, %2</translation>
    </message>
</context>
<context>
    <name>bs::FollowUpRulesDialog</name>
    <message>
        <source>Follow-up rules</source>
        <translation>Opfølgningsregler</translation>
    </message>
    <message>
        <source>When the rules raise a task. They apply from the next check.</source>
        <translation>Hvornår reglerne opretter en opgave. Ændringer gælder fra næste tjek.</translation>
    </message>
    <message>
        <source> no-shows</source>
        <translation> udeblivelser</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> uger</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> møder</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source>Assess readiness after &amp;no-shows in a row</source>
        <translation>Vurder parathed efter &amp;udeblivelser i træk</translation>
    </message>
    <message>
        <source>No &amp;contact with a citizen for</source>
        <translation>Ingen &amp;kontakt med en borger i</translation>
    </message>
    <message>
        <source>&amp;Absent from the group in a row</source>
        <translation>&amp;Fravær fra gruppen i træk</translation>
    </message>
    <message>
        <source>§ 82 b grant &amp;ending within</source>
        <translation>§ 82 b-&amp;bevilling udløber inden for</translation>
    </message>
    <message>
        <source>&amp;Review dates within</source>
        <translation>&amp;Opfølgningsdatoer inden for</translation>
    </message>
    <message>
        <source>Flag a &amp;delmål without notes after</source>
        <translation>Markér et &amp;delmål uden notater efter</translation>
    </message>
</context>
<context>
    <name>bs::GoalDialog</name>
    <message>
        <source>No review date</source>
        <translation>Ingen opfølgningsdato</translation>
    </message>
    <message>
        <source>New indsatsmål</source>
        <translation>Nyt indsatsmål</translation>
    </message>
    <message>
        <source>Edit indsatsmål</source>
        <translation>Rediger indsatsmål</translation>
    </message>
    <message>
        <source>In the citizen&apos;s own words, e.g. &quot;I want to open my post myself every week&quot;</source>
        <translation>Med borgerens egne ord, fx &quot;Jeg vil selv åbne min post hver uge&quot;</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Con&amp;dition (tilstand)</source>
        <translation>Ti&amp;lstand</translation>
    </message>
    <message>
        <source>&amp;Goal in the citizen&apos;s words</source>
        <translation>&amp;Mål med borgerens ord</translation>
    </message>
    <message>
        <source>Goal t&amp;ype</source>
        <translation>Målt&amp;ype</translation>
    </message>
    <message>
        <source>Function &amp;level now</source>
        <translation>&amp;Funktionsevneniveau nu</translation>
    </message>
    <message>
        <source>T&amp;arget level</source>
        <translation>Måln&amp;iveau</translation>
    </message>
    <message>
        <source>Gra&amp;nt</source>
        <translation>&amp;Bevilling</translation>
    </message>
    <message>
        <source>Sta&amp;rt</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Re&amp;view date</source>
        <translation>&amp;Opfølgningsdato</translation>
    </message>
    <message>
        <source>A function level is only set for themes under Activity and participation.</source>
        <translation>Funktionsevneniveau angives kun for temaer under Aktivitet og deltagelse.</translation>
    </message>
</context>
<context>
    <name>bs::GoalFollowUpDialog</name>
    <message>
        <source>Goal started</source>
        <translation>Mål startet</translation>
    </message>
    <message>
        <source>Journal note</source>
        <translation>Journalnotat</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Opfølgning: %1</translation>
    </message>
    <message>
        <source>Goal ended</source>
        <translation>Mål afsluttet</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Opfølgning…</translation>
    </message>
    <message>
        <source>Follow-up of indsatsmål</source>
        <translation>Opfølgning på indsatsmål</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hændelse</translation>
    </message>
    <message>
        <source>Delmål</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>No assessment has given a function level yet. The chart shows the levels set in journal notes.</source>
        <translation>Ingen vurdering har angivet et funktionsevneniveau endnu. Diagrammet viser de niveauer, der er angivet i journalnotater.</translation>
    </message>
    <message>
        <source>No progress assessed yet. Assess a delmål in a journal note to see it here.</source>
        <translation>Der er ikke vurderet nogen udvikling endnu. Vurder et delmål i et journalnotat for at se det her.</translation>
    </message>
    <message>
        <source>Function &amp;level</source>
        <translation>&amp;Funktionsevneniveau</translation>
    </message>
    <message>
        <source>&amp;Progress per month</source>
        <translation>&amp;Udvikling pr. måned</translation>
    </message>
    <message>
        <source>The indsatsmål no longer exists.</source>
        <translation>Indsatsmålet findes ikke længere.</translation>
    </message>
    <message>
        <source>review %1</source>
        <translation>opfølgning %1</translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation>målniveau: %1</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: no note for %n week(s)</source>
        <translation>
            <numerusform>“%1”: intet notat i %n uge</numerusform>
            <numerusform>“%1”: intet notat i %n uger</numerusform>
        </translation>
    </message>
    <message>
        <source>Not written about lately: %1</source>
        <translation>Ikke skrevet om for nylig: %1</translation>
    </message>
    <message>
        <source>Function level</source>
        <translation>Funktionsevneniveau</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Målniveau</translation>
    </message>
    <message>
        <source>The goal has ended (%1); it is not reviewed again.</source>
        <translation>Målet er afsluttet (%1); der følges ikke op på det igen.</translation>
    </message>
    <message>
        <source>Choose who you are under Settings before recording a review.</source>
        <translation>Vælg, hvem du er, under Indstillinger, før du registrerer en opfølgning.</translation>
    </message>
</context>
<context>
    <name>bs::GoalsPanel</name>
    <message>
        <source>From %1, review %2</source>
        <translation>Fra %1, opfølgning %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Fra %1</translation>
    </message>
    <message>
        <source>Deadline %1, ended %2</source>
        <translation>Frist %1, afsluttet %2</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <source>Indsatsmål / delmål</source>
        <translation>Indsatsmål / delmål</translation>
    </message>
    <message>
        <source>Theme and condition</source>
        <translation>Tema og tilstand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datoer</translation>
    </message>
    <message>
        <source>Type and function level</source>
        <translation>Måltype og funktionsevneniveau</translation>
    </message>
    <message>
        <source>No goals yet. An indsatsmål states, in the citizen&apos;s own words, what the support should lead to.</source>
        <translation>Ingen mål endnu. Et indsatsmål beskriver med borgerens egne ord, hvad støtten skal føre til.</translation>
    </message>
    <message>
        <source>New &amp;indsatsmål…</source>
        <translation>Nyt &amp;indsatsmål…</translation>
    </message>
    <message>
        <source>New de&amp;lmål…</source>
        <translation>Nyt de&amp;lmål…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>Afslut…</translation>
    </message>
    <message>
        <source>Select the indsatsmål the delmål belongs to</source>
        <translation>Vælg det indsatsmål, som delmålet hører til</translation>
    </message>
    <message>
        <source>New indsatsmål</source>
        <translation>Nyt indsatsmål</translation>
    </message>
    <message>
        <source>New delmål</source>
        <translation>Nyt delmål</translation>
    </message>
    <message>
        <source>Edit indsatsmål</source>
        <translation>Rediger indsatsmål</translation>
    </message>
    <message>
        <source>Edit delmål</source>
        <translation>Rediger delmål</translation>
    </message>
    <message>
        <source>End indsatsmål</source>
        <translation>Afslut indsatsmål</translation>
    </message>
    <message>
        <source>The indsatsmål ends with the outcome you choose, and so does every open delmål under it.</source>
        <translation>Indsatsmålet afsluttes med det resultat, du vælger, og det samme gør alle åbne delmål under det.</translation>
    </message>
    <message>
        <source>End delmål</source>
        <translation>Afslut delmål</translation>
    </message>
    <message>
        <source>&amp;Follow-up…</source>
        <translation>&amp;Opfølgning…</translation>
    </message>
    <message numerus="yes">
        <source>No note for %n week(s)</source>
        <translation>
            <numerusform>Intet notat i %n uge</numerusform>
            <numerusform>Intet notat i %n uger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No note since it was set %n week(s) ago</source>
        <translation>
            <numerusform>Intet notat, siden det blev oprettet for %n uge siden</numerusform>
            <numerusform>Intet notat, siden det blev oprettet for %n uger siden</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline, charts and review of the indsatsmål</source>
        <translation>Forløb, grafer og opfølgning på indsatsmålet</translation>
    </message>
    <message>
        <source>Select an indsatsmål</source>
        <translation>Vælg et indsatsmål</translation>
    </message>
</context>
<context>
    <name>bs::GrantDialog</name>
    <message>
        <source> h/week</source>
        <translation> timer/uge</translation>
    </message>
    <message>
        <source>No end date</source>
        <translation>Ingen slutdato</translation>
    </message>
    <message>
        <source>&amp;Hours per week</source>
        <translation>Ti&amp;mer pr. uge</translation>
    </message>
    <message>
        <source>Package &amp;band (min–max)</source>
        <translation>&amp;Pakkeinterval (min.–maks.)</translation>
    </message>
    <message>
        <source>No review date</source>
        <translation>Ingen opfølgningsdato</translation>
    </message>
    <message>
        <source>New grant</source>
        <translation>Ny bevilling</translation>
    </message>
    <message>
        <source>Edit grant</source>
        <translation>Rediger bevilling</translation>
    </message>
    <message>
        <source>The purpose of the effort (indsatsformål)</source>
        <translation>Formålet med indsatsen</translation>
    </message>
    <message>
        <source>Name, e.g. Package B</source>
        <translation>Navn, fx Pakke B</translation>
    </message>
    <message>
        <source>from</source>
        <translation>fra</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>&amp;Lovgrundlag</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Indsatsformål</translation>
    </message>
    <message>
        <source>Support &amp;need</source>
        <translation>&amp;Støttebehov</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Case&amp;worker</source>
        <translation>Sags&amp;behandler</translation>
    </message>
    <message>
        <source>&amp;Review date</source>
        <translation>&amp;Opfølgningsdato</translation>
    </message>
</context>
<context>
    <name>bs::GrantsPanel</name>
    <message>
        <source>Legal basis</source>
        <translation>Lovgrundlag</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Indsatsformål</translation>
    </message>
    <message>
        <source>Extent</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Support need</source>
        <translation>Støttebehov</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Opfølgningsdato</translation>
    </message>
    <message>
        <source>No grants yet.</source>
        <translation>Ingen bevillinger endnu.</translation>
    </message>
    <message>
        <source>&amp;New grant…</source>
        <translation>&amp;Ny bevilling…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>End grant…</source>
        <translation>Afslut bevilling…</translation>
    </message>
    <message>
        <source>New grant</source>
        <translation>Ny bevilling</translation>
    </message>
    <message>
        <source>Edit grant</source>
        <translation>Rediger bevilling</translation>
    </message>
    <message>
        <source>End grant</source>
        <translation>Afslut bevilling</translation>
    </message>
    <message>
        <source>The grant ends on this date, and so does every support form under it that runs longer.</source>
        <translation>Bevillingen slutter på denne dato, og det samme gør alle støtteformer under den, der løber længere.</translation>
    </message>
</context>
<context>
    <name>bs::GroupDialog</name>
    <message>
        <source>No end date</source>
        <translation>Ingen slutdato</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Ny gruppe</translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation>Rediger gruppe</translation>
    </message>
    <message>
        <source>(choose a site)</source>
        <translation>(vælg et sted)</translation>
    </message>
    <message>
        <source>e.g. Young adults 20+</source>
        <translation>fx Yngre 20+</translation>
    </message>
    <message>
        <source>Social skills training</source>
        <translation>Social færdighedstræning</translation>
    </message>
    <message>
        <source>Psychoeducation</source>
        <translation>Psykoedukation</translation>
    </message>
    <message>
        <source>Mindfulness</source>
        <translation>Mindfulness</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netværk</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Contact and company</source>
        <translation>Kontakt og samvær</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(vælg)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source> citizens</source>
        <translation> borgere</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Sted</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>&amp;Tovholder</translation>
    </message>
    <message>
        <source>Second faci&amp;litator</source>
        <translation>Anden to&amp;vholder</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>Antal &amp;pladser</translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation>St&amp;art</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>S&amp;lut</translation>
    </message>
</context>
<context>
    <name>bs::GroupFactsPanel</name>
    <message>
        <source>Select a group above to see its facts.</source>
        <translation>Vælg en gruppe ovenfor for at se oplysningerne om den.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Tovholdere</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Antal pladser</translation>
    </message>
    <message>
        <source>Weekly slot</source>
        <translation>Fast ugentlig tid</translation>
    </message>
    <message>
        <source>from %1, no end date</source>
        <translation>fra %1, ingen slutdato</translation>
    </message>
    <message>
        <source>%1 places, %2 taken today</source>
        <translation>%1 pladser, %2 optaget i dag</translation>
    </message>
    <message>
        <source>No sessions planned yet</source>
        <translation>Ingen møder planlagt endnu</translation>
    </message>
    <message>
        <source>%1 %2–%3 (%4 min), %5</source>
        <translation>%1 %2–%3 (%4 min.), %5</translation>
    </message>
</context>
<context>
    <name>bs::GroupListPanel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Tovholdere</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>No groups yet. Create a group course at a site, with one or two facilitators.</source>
        <translation>Ingen grupper endnu. Opret et gruppeforløb på et sted med en eller to tovholdere.</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Ny gruppe…</translation>
    </message>
    <message>
        <source>A group needs a site and a facilitator: add them under Settings first.</source>
        <translation>En gruppe kræver et sted og en tovholder: Tilføj dem under Indstillinger først.</translation>
    </message>
    <message>
        <source>New group %1</source>
        <translation>Ny gruppe %1</translation>
    </message>
    <message>
        <source>Edit group %1</source>
        <translation>Rediger gruppe %1</translation>
    </message>
</context>
<context>
    <name>bs::GroupMembersPanel</name>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>No members.</source>
        <translation>Ingen deltagere.</translation>
    </message>
    <message>
        <source>Members join and leave through the citizen&apos;s support form (%1).</source>
        <translation>Deltagere meldes ind og ud via borgerens støtteform (%1).</translation>
    </message>
    <message>
        <source>(unknown citizen)</source>
        <translation>(ukendt borger)</translation>
    </message>
</context>
<context>
    <name>bs::GroupSessionsPanel</name>
    <message>
        <source>&amp;Plan sessions…</source>
        <translation>&amp;Planlæg møder…</translation>
    </message>
    <message>
        <source>Edit &amp;topic and goal…</source>
        <translation>Rediger &amp;emne og mål…</translation>
    </message>
    <message>
        <source>&amp;Attendance and note…</source>
        <translation>&amp;Fremmøde og notat…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Learning goal</source>
        <translation>Læringsmål</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>%1 of %2 present</source>
        <translation>%1 af %2 mødt</translation>
    </message>
    <message>
        <source>coming</source>
        <translation>kommende</translation>
    </message>
    <message>
        <source>not registered</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Select a group above to see its sessions.</source>
        <translation>Vælg en gruppe ovenfor for at se dens møder.</translation>
    </message>
    <message>
        <source>No sessions planned. Use Plan sessions… to set the group&apos;s weekly meetings.</source>
        <translation>Ingen møder planlagt. Brug Planlæg møder… til at fastlægge gruppens ugentlige møder.</translation>
    </message>
    <message>
        <source>To register attendance, choose who you are under Settings.</source>
        <translation>Vælg, hvem du er, under Indstillinger for at registrere fremmøde.</translation>
    </message>
    <message>
        <source>The group no longer exists</source>
        <translation>Gruppen findes ikke længere</translation>
    </message>
</context>
<context>
    <name>bs::GroupsPage</name>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Deltagere i %1</translation>
    </message>
    <message>
        <source>Members: select a group above</source>
        <translation>Deltagere: Vælg en gruppe ovenfor</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Møder</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Deltagere</translation>
    </message>
    <message>
        <source>Group &amp;facts</source>
        <translation>&amp;Om gruppen</translation>
    </message>
    <message>
        <source>&amp;Indkøring…</source>
        <translation>&amp;Indkøring…</translation>
    </message>
    <message>
        <source>Group sessions and individual visits in alternating weeks for a member moving into the group</source>
        <translation>Skiftevis gruppemøder og individuelle besøg hver anden uge for en deltager, der er ved at starte i gruppen</translation>
    </message>
</context>
<context>
    <name>bs::IdleLock</name>
    <message>
        <source>Only %1 can unlock this screen</source>
        <translation>Kun %1 kan låse denne skærm op</translation>
    </message>
</context>
<context>
    <name>bs::IndkoeringDialog</name>
    <message>
        <source>Indkøring in %1</source>
        <translation>Indkøring i %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> uger</translation>
    </message>
    <message>
        <source>Group sessions and individual visits in alternating weeks: a group week, then a week with a visit, and so on.</source>
        <translation>Gruppemøder og individuelle besøg hver anden uge: en uge med gruppemøde, derefter en uge med besøg og så videre.</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>First group session</source>
        <translation>Første gruppemøde</translation>
    </message>
    <message>
        <source>Group time</source>
        <translation>Gruppemødets tidspunkt</translation>
    </message>
    <message>
        <source>Group length</source>
        <translation>Gruppemødets varighed</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Tovholder</translation>
    </message>
    <message>
        <source>First individual visit</source>
        <translation>Første individuelle besøg</translation>
    </message>
    <message>
        <source>Visit time</source>
        <translation>Besøgets tidspunkt</translation>
    </message>
    <message>
        <source>Visit length</source>
        <translation>Besøgets varighed</translation>
    </message>
    <message>
        <source>Visits by</source>
        <translation>Besøg ved</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>Book the indkøring</source>
        <translation>Book indkøringen</translation>
    </message>
    <message>
        <source>The group has no members yet. A citizen joins through a group support form on their record; then plan the indkøring here.</source>
        <translation>Gruppen har ingen deltagere endnu. En borger kommer med i gruppen via en støtteform med gruppebostøtte hos borgeren; planlæg derefter indkøringen her.</translation>
    </message>
    <message>
        <source>Booked for %1: %2 group sessions and %3 individual visits. They are in the calendar.</source>
        <translation>Booket for %1: %2 gruppemøder og %3 individuelle besøg. De står i kalenderen.</translation>
    </message>
</context>
<context>
    <name>bs::JournalPanel</name>
    <message>
        <source>Topic: %1</source>
        <translation>Emne: %1</translation>
    </message>
    <message>
        <source>Personal addition</source>
        <translation>Personlig tilføjelse</translation>
    </message>
    <message>
        <source>Addition</source>
        <translation>Tilføjelse</translation>
    </message>
    <message>
        <source>&amp;New note…</source>
        <translation>&amp;Nyt notat…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Å&amp;bn</translation>
    </message>
    <message>
        <source>S&amp;ign</source>
        <translation>&amp;Underskriv</translation>
    </message>
    <message>
        <source>Adden&amp;dum…</source>
        <translation>&amp;Tilføjelse…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <source>No journal notes yet. Write one with New note…, or from an appointment in the calendar or My day.</source>
        <translation>Ingen journalnotater endnu. Skriv et med Nyt notat… eller fra en aftale i kalenderen eller i Min dag.</translation>
    </message>
    <message>
        <source>Sign the note: it is locked at once, and corrections become addenda</source>
        <translation>Underskriv notatet: det låses med det samme, og rettelser skrives som tilføjelser</translation>
    </message>
    <message>
        <source>Correct a locked note with an addendum</source>
        <translation>Ret et låst notat med en tilføjelse</translation>
    </message>
    <message>
        <source>Every saved version of the note, with author and time</source>
        <translation>Alle gemte versioner af notatet med forfatter og tidspunkt</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skrevet</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Skrevet af</translation>
    </message>
    <message>
        <source>Support form</source>
        <translation>Støtteform</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Underskrevet</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Editable until %1</source>
        <translation>Kan rettes indtil %1</translation>
    </message>
    <message>
        <source>Signed %1 – locked</source>
        <translation>Underskrevet %1 – låst</translation>
    </message>
    <message>
        <source>Locked since %1</source>
        <translation>Låst siden %1</translation>
    </message>
    <message>
        <source>Addendum to the note written %1</source>
        <translation>Tilføjelse til notatet skrevet %1</translation>
    </message>
    <message>
        <source>(delmål)</source>
        <translation>(delmål)</translation>
    </message>
    <message>
        <source>new level: %1</source>
        <translation>nyt niveau: %1</translation>
    </message>
    <message>
        <source>%1: not assessed</source>
        <translation>%1: ikke vurderet</translation>
    </message>
    <message>
        <source>Delmål</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Addendum %1 by %2</source>
        <translation>Tilføjelse %1 af %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Å&amp;bn…</translation>
    </message>
</context>
<context>
    <name>bs::JournalSearchPage</name>
    <message>
        <source>Journal search</source>
        <translation>Journalsøgning</translation>
    </message>
    <message>
        <source>Search all journal notes: words, names, places (æ, ø, å and “aa” work)</source>
        <translation>Søg i alle journalnotater: ord, navne, steder (æ, ø, å og “aa” virker)</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Alle datoer</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Seneste 7 dage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Seneste 30 dage</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Seneste 3 måneder</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Seneste 12 måneder</translation>
    </message>
    <message>
        <source>All support forms</source>
        <translation>Alle støtteformer</translation>
    </message>
    <message>
        <source>&amp;Citizen</source>
        <translation>&amp;Borger</translation>
    </message>
    <message>
        <source>&amp;Delmål</source>
        <translation>&amp;Delmål</translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation>Skrevet &amp;af</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>Support &amp;form</source>
        <translation>S&amp;tøtteform</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <source>All citizens</source>
        <translation>Alle borgere</translation>
    </message>
    <message>
        <source>All staff</source>
        <translation>Alle medarbejdere</translation>
    </message>
    <message>
        <source>%1 (%2, me)</source>
        <translation>%1 (%2, mig)</translation>
    </message>
    <message>
        <source>Choose a citizen first</source>
        <translation>Vælg først en borger</translation>
    </message>
    <message>
        <source>All delmål</source>
        <translation>Alle delmål</translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation>%1 (afsluttet)</translation>
    </message>
    <message>
        <source>Type to search all journal notes, or choose a filter to list notes.</source>
        <translation>Skriv for at søge i alle journalnotater, eller vælg et filter for at se notater.</translation>
    </message>
    <message>
        <source>No notes match the filters.</source>
        <translation>Ingen notater passer til filtrene.</translation>
    </message>
    <message>
        <source>No notes match “%1”. Try fewer or shorter words, or other filters.</source>
        <translation>Ingen notater passer til “%1”. Prøv med færre eller kortere ord eller andre filtre.</translation>
    </message>
    <message>
        <source>The newest %1 notes are shown; narrow the search to see older ones.</source>
        <translation>De nyeste %1 notater vises; indsnævr søgningen for at se ældre notater.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) found, newest first. Enter opens the first citizen.</source>
        <translation>
            <numerusform>%n notat fundet, nyeste først. Enter åbner den første borger.</numerusform>
            <numerusform>%n notater fundet, nyeste først. Enter åbner den første borger.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bs::LedelseChartPanel</name>
    <message>
        <source>Calculating…</source>
        <translation>Beregner…</translation>
    </message>
    <message>
        <source>Show &amp;numbers</source>
        <translation>Vis t&amp;al</translation>
    </message>
    <message>
        <source>Save as PN&amp;G…</source>
        <translation>Gem som PN&amp;G…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Gem som &amp;CSV…</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>Gem som &amp;XLSX…</translation>
    </message>
    <message>
        <source>Show the numbers behind the chart</source>
        <translation>Vis tallene bag diagrammet</translation>
    </message>
    <message>
        <source>Hide &amp;numbers</source>
        <translation>Skjul t&amp;al</translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation>Gem diagrammet som billede</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-billeder (*.png)</translation>
    </message>
    <message>
        <source>Save the numbers as CSV</source>
        <translation>Gem tallene som CSV</translation>
    </message>
    <message>
        <source>CSV files for Excel (*.csv)</source>
        <translation>CSV-filer til Excel (*.csv)</translation>
    </message>
    <message>
        <source>Save the numbers as a spreadsheet</source>
        <translation>Gem tallene som regneark</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-projektmapper (*.xlsx)</translation>
    </message>
    <message>
        <source>The chart could not be made: %1</source>
        <translation>Diagrammet kunne ikke laves: %1</translation>
    </message>
    <message>
        <source>There is no chart to save.</source>
        <translation>Der er intet diagram at gemme.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kunne ikke skrive %1.</translation>
    </message>
    <message>
        <source>There are no numbers to save.</source>
        <translation>Der er ingen tal at gemme.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kunne ikke skrive %1: %2</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Gemt som %1</translation>
    </message>
</context>
<context>
    <name>bs::LedelseFilterBar</name>
    <message>
        <source>Sites</source>
        <translation>Steder</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Support forms</source>
        <translation>Støtteformer</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Lovgrundlag</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Denne måned</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Sidste måned</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dette kvartal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Sidste år</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Seneste 12 måneder</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Valgfri periode</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
</context>
<context>
    <name>bs::LedelsePage</name>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Indsatsmål</translation>
    </message>
    <message>
        <source>Realised savings</source>
        <translation>Realiserede gevinster</translation>
    </message>
    <message>
        <source>&amp;Status note for the committee…</source>
        <translation>&amp;Statusnotat til udvalget…</translation>
    </message>
    <message>
        <source>Makes the status note for a date as PDF and as an editable document (ODT): figures per support form, site and group, the change since the previous note, no-shows, goals reached and realised savings, with charts.</source>
        <translation>Laver statusnotatet for en dato som PDF og som redigerbart dokument (ODT): tal pr. støtteform, sted og gruppe, ændringen siden det forrige notat, udeblivelser, opnåede indsatsmål og realiserede gevinster, med diagrammer.</translation>
    </message>
    <message>
        <source>Save &amp;all charts as XLSX…</source>
        <translation>Gem &amp;alle diagrammer som XLSX…</translation>
    </message>
    <message>
        <source>One Excel workbook with a sheet per chart, for the period and filters chosen.</source>
        <translation>Én Excel-projektmappe med et ark pr. diagram for den valgte periode og de valgte filtre.</translation>
    </message>
    <message>
        <source>The charts were not saved: %1</source>
        <translation>Diagrammerne blev ikke gemt: %1</translation>
    </message>
    <message>
        <source>Ledelse %1 to %2.xlsx</source>
        <translation>Ledelse %1 til %2.xlsx</translation>
    </message>
    <message>
        <source>Save all charts</source>
        <translation>Gem alle diagrammer</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>Computing every chart and writing the workbook…</source>
        <translation>Beregner alle diagrammer og skriver projektmappen…</translation>
    </message>
    <message>
        <source>All charts are saved in %1.</source>
        <translation>Alle diagrammer er gemt i %1.</translation>
    </message>
    <message>
        <source>The committee&apos;s status note covers every team, so it is made by an administrator.</source>
        <translation>Statusnotatet til udvalget dækker alle teams, så det laves af en administrator.</translation>
    </message>
</context>
<context>
    <name>bs::LockScreen</name>
    <message>
        <source>Locked — type your password</source>
        <translation>Låst — skriv din adgangskode</translation>
    </message>
    <message>
        <source>Logged in as %1. The screen locked after a while without use, to protect the citizens&apos; data.</source>
        <translation>Logget ind som %1. Skærmen blev låst efter et stykke tid uden aktivitet for at beskytte borgernes data.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås op</translation>
    </message>
    <message>
        <source>Log in as &amp;someone else</source>
        <translation>Log ind som en &amp;anden</translation>
    </message>
</context>
<context>
    <name>bs::LoginDialog</name>
    <message>
        <source>Bostøtte — log in</source>
        <translation>Bostøtte — log ind</translation>
    </message>
    <message>
        <source>Log in with your user name and password.</source>
        <translation>Log ind med dit brugernavn og din adgangskode.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Brugernavn</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Adgangskode</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>Type your user name</source>
        <translation>Skriv dit brugernavn</translation>
    </message>
</context>
<context>
    <name>bs::MainWindow</name>
    <message>
        <source>Bostøtte – demo data</source>
        <translation>Bostøtte – demodata</translation>
    </message>
    <message>
        <source>Bostøtte</source>
        <translation>Bostøtte</translation>
    </message>
    <message>
        <source>Demo database (deleted on exit): %1</source>
        <translation>Demodatabase (slettes ved afslutning): %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>The undo history has been cleared, so that it matches what is stored.</source>
        <translation>Fortrydelseshistorikken er ryddet, så den passer med det, der er gemt.</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Borgere</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Ledelse</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;New citizen…</source>
        <translation>&amp;Ny borger…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>&amp;Find citizen</source>
        <translation>&amp;Søg borger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About Bostøtte</source>
        <translation>&amp;Om Bostøtte</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>About Bostøtte</source>
        <translation>Om Bostøtte</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bostøtte %1&lt;/h3&gt;&lt;p&gt;Documentation and planning for socio-pedagogical housing support (bostøtte): citizens, grants under § 82 a, § 82 b and § 85, support forms, and goals with KL&apos;s Fælles Faglige Begreber.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bostøtte %1&lt;/h3&gt;&lt;p&gt;Dokumentation og planlægning af socialpædagogisk bostøtte: borgere, bevillinger efter § 82 a, § 82 b og § 85, støtteformer og mål efter KL&apos;s Fælles Faglige Begreber.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The appointment no longer exists</source>
        <translation>Aftalen findes ikke længere</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>&amp;Rota</source>
        <translation>Vagt&amp;plan</translation>
    </message>
    <message>
        <source>My day</source>
        <translation>Min dag</translation>
    </message>
    <message>
        <source>Counselling desk</source>
        <translation>Rådgivningen</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Synchronisation (%1)</source>
        <translation>Synkronisering (%1)</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Brugerkonti</translation>
    </message>
    <message>
        <source>Access &amp;log</source>
        <translation>&amp;Adgangslog</translation>
    </message>
    <message>
        <source>Citizens&apos; &amp;rights</source>
        <translation>Borgernes &amp;rettigheder</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Sikkerhedskopier</translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>Den planlagte sikkerhedskopi mislykkedes: %1</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Skift a&amp;dgangskode…</translation>
    </message>
</context>
<context>
    <name>bs::MultiChoiceButton</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n valgt</numerusform>
            <numerusform>%n valgte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1: alle</translation>
    </message>
</context>
<context>
    <name>bs::MyDayPage</name>
    <message>
        <source>Open the counselling desk</source>
        <translation>Åbn rådgivningen</translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <translation>&amp;Gennemført</translation>
    </message>
    <message>
        <source>&amp;No-show…</source>
        <translation>&amp;Udeblevet…</translation>
    </message>
    <message>
        <source>Cancelled by c&amp;itizen…</source>
        <translation>&amp;Aflyst af borger…</translation>
    </message>
    <message>
        <source>Open in ca&amp;lendar</source>
        <translation>Åbn i &amp;kalender</translation>
    </message>
    <message>
        <source>Open ci&amp;tizen</source>
        <translation>Åbn &amp;borger</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Support form</source>
        <translation>Støtteform</translation>
    </message>
    <message>
        <source>Citizen or group</source>
        <translation>Borger eller gruppe</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>You are:</source>
        <translation>Du er:</translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>Dagens aftaler</translation>
    </message>
    <message>
        <source>My day – %1</source>
        <translation>Min dag – %1</translation>
    </message>
    <message>
        <source>On-call phone today: %1 (%2)</source>
        <translation>Vagttelefon i dag: %1 (%2)</translation>
    </message>
    <message>
        <source>Nobody is down for the on-call phone today (see the rota).</source>
        <translation>Ingen har vagttelefonen i dag (se vagtplanen).</translation>
    </message>
    <message>
        <source>Choose who you are above to see your appointments and duties today. The choice is remembered on this computer.</source>
        <translation>Vælg ovenfor, hvem du er, for at se dine aftaler og vagter i dag. Valget huskes på denne computer.</translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation>Ingen aftaler i dag.</translation>
    </message>
    <message>
        <source>(unknown site)</source>
        <translation>(ukendt sted)</translation>
    </message>
    <message>
        <source>Counselling desk at %1</source>
        <translation>Rådgivningsvagt på %1</translation>
    </message>
    <message>
        <source>Counselling desk at %1, %2</source>
        <translation>Rådgivningsvagt på %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n venter</numerusform>
            <numerusform>%n venter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) today</source>
        <translation>
            <numerusform>%n besøg i dag</numerusform>
            <numerusform>%n besøg i dag</numerusform>
        </translation>
    </message>
    <message>
        <source>No duties on the rota today.</source>
        <translation>Ingen vagter på vagtplanen i dag.</translation>
    </message>
    <message>
        <source>Your duties today: %1</source>
        <translation>Dine vagter i dag: %1</translation>
    </message>
    <message>
        <source>Select an appointment first</source>
        <translation>Vælg en aftale først</translation>
    </message>
    <message>
        <source>Register %1</source>
        <translation>Registrer %1</translation>
    </message>
    <message>
        <source>Not at home</source>
        <translation>Ikke hjemme</translation>
    </message>
    <message>
        <source>Forgot the appointment</source>
        <translation>Glemte aftalen</translation>
    </message>
    <message>
        <source>Did not answer the phone</source>
        <translation>Tog ikke telefonen</translation>
    </message>
    <message>
        <source>Ill</source>
        <translation>Syg</translation>
    </message>
    <message>
        <source>Doctor&apos;s appointment</source>
        <translation>Lægetid</translation>
    </message>
    <message>
        <source>Did not have the energy</source>
        <translation>Havde ikke overskud</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Årsag:</translation>
    </message>
    <message>
        <source>&amp;Write note…</source>
        <translation>Skriv &amp;notat…</translation>
    </message>
</context>
<context>
    <name>bs::NewAccountDialog</name>
    <message>
        <source>New user</source>
        <translation>Ny bruger</translation>
    </message>
    <message>
        <source>(no staff member)</source>
        <translation>(ingen medarbejder)</translation>
    </message>
    <message>
        <source>&amp;Staff member</source>
        <translation>&amp;Medarbejder</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Brugernavn</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>First &amp;password</source>
        <translation>Første &amp;adgangskode</translation>
    </message>
    <message>
        <source>R&amp;epeat password</source>
        <translation>&amp;Gentag adgangskode</translation>
    </message>
    <message>
        <source>Give the first password to the user in person. They choose their own at the first login.</source>
        <translation>Giv den første adgangskode til brugeren personligt. Brugeren vælger sin egen ved første login.</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Opret bruger</translation>
    </message>
</context>
<context>
    <name>bs::NoteEditorDialog</name>
    <message>
        <source>Journal note</source>
        <translation>Journalnotat</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Kassér kladde</translation>
    </message>
    <message>
        <source>The citizen has no active delmål. Goals are set up on the citizen&apos;s Goals tab.</source>
        <translation>Borgeren har ingen aktive delmål. Mål oprettes på borgerens fane Mål.</translation>
    </message>
    <message>
        <source>Save and si&amp;gn</source>
        <translation>Gem og &amp;underskriv</translation>
    </message>
    <message>
        <source>Write &amp;addendum…</source>
        <translation>Skriv &amp;tilføjelse…</translation>
    </message>
    <message>
        <source>What happened, what did the citizen do, what was agreed?</source>
        <translation>Hvad skete der, hvad gjorde borgeren, og hvad blev aftalt?</translation>
    </message>
    <message>
        <source>Support &amp;form</source>
        <translation>&amp;Støtteform</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>Ska&amp;belon</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notat</translation>
    </message>
    <message>
        <source>Delmål</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Save (Ctrl+S or Ctrl+Enter)</source>
        <translation>Gem (Ctrl+S eller Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Close; what you have written is kept as a draft</source>
        <translation>Luk; det, du har skrevet, gemmes som kladde</translation>
    </message>
    <message>
        <source>Save and sign: the note is locked at once (Ctrl+Shift+S)</source>
        <translation>Gem og underskriv: notatet låses med det samme (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>%1 to save the note. What you write is kept as a draft.</source>
        <translation>%1 for at gemme notatet. Det, du skriver, gemmes som kladde.</translation>
    </message>
    <message>
        <source>Only the note&apos;s author can sign it</source>
        <translation>Kun den, der har skrevet notatet, kan underskrive det</translation>
    </message>
    <message>
        <source>The appointment no longer exists.</source>
        <translation>Aftalen findes ikke længere.</translation>
    </message>
    <message>
        <source>A group session is documented in its attendance register (Groups ▸ Sessions ▸ Attendance and note), which writes the note into each present member&apos;s journal.</source>
        <translation>Et gruppemøde dokumenteres i mødets fremmøderegistrering (Grupper ▸ Møder ▸ Fremmøde og notat), som skriver notatet ind i journalen hos hver deltager, der var mødt.</translation>
    </message>
    <message>
        <source>%1 written %2 by %3</source>
        <translation>%1 skrevet %2 af %3</translation>
    </message>
    <message>
        <source>Addendum to the note written %1 by %2</source>
        <translation>Tilføjelse til notatet skrevet %1 af %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Choose a citizen to write a note for.</source>
        <translation>Vælg den borger, du vil skrive et notat om.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Linked to the note&lt;/i&gt;</source>
        <translation>&lt;i&gt;Knyttet til notatet&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;Progress&lt;/i&gt;</source>
        <translation>&lt;i&gt;Udvikling&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;New level&lt;/i&gt;</source>
        <translation>&lt;i&gt;Nyt niveau&lt;/i&gt;</translation>
    </message>
    <message>
        <source>— not assessed</source>
        <translation>— ikke vurderet</translation>
    </message>
    <message>
        <source>— unchanged</source>
        <translation>— uændret</translation>
    </message>
    <message>
        <source>Current level: %1</source>
        <translation>Nuværende niveau: %1</translation>
    </message>
    <message>
        <source>This theme has no funktionsevneniveau</source>
        <translation>Dette tema har intet funktionsevneniveau</translation>
    </message>
    <message>
        <source>No templates for this support form</source>
        <translation>Ingen skabeloner til denne støtteform</translation>
    </message>
    <message>
        <source>Choose a template to insert…</source>
        <translation>Vælg en skabelon, der skal indsættes…</translation>
    </message>
    <message>
        <source>Signed %1: the note is locked. A correction is written as an addendum.</source>
        <translation>Underskrevet %1: notatet er låst. En rettelse skrives som en tilføjelse.</translation>
    </message>
    <message>
        <source>Locked since %1 (24 hours after writing). A correction is written as an addendum.</source>
        <translation>Låst siden %1 (24 timer efter, det blev skrevet). En rettelse skrives som en tilføjelse.</translation>
    </message>
    <message>
        <source>A group note is changed from the group session&apos;s attendance register until it locks.</source>
        <translation>Et gruppenotat rettes i gruppemødets fremmøderegistrering, indtil det låses.</translation>
    </message>
    <message>
        <source>Your unsaved draft from %1 was restored.</source>
        <translation>Din ikke-gemte kladde fra %1 er gendannet.</translation>
    </message>
    <message>
        <source>Your unsaved draft was restored.</source>
        <translation>Din ikke-gemte kladde er gendannet.</translation>
    </message>
    <message>
        <source>The note is locked; write an addendum to correct it</source>
        <translation>Notatet er låst; skriv en tilføjelse for at rette det</translation>
    </message>
    <message>
        <source>The note was saved but not signed: %1</source>
        <translation>Notatet er gemt, men ikke underskrevet: %1</translation>
    </message>
</context>
<context>
    <name>bs::NoteHistoryDialog</name>
    <message>
        <source>Note history</source>
        <translation>Notathistorik</translation>
    </message>
    <message>
        <source>Every saved version of the note is kept. Choose one to read it.</source>
        <translation>Alle gemte versioner af notatet bevares. Vælg en for at læse den.</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>Version %1 · %2 · %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
</context>
<context>
    <name>bs::OpeningHoursEdit</name>
    <message>
        <source>&amp;Add period</source>
        <translation>&amp;Tilføj tidsrum</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Ugedag</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove this period</source>
        <translation>Fjern dette tidsrum</translation>
    </message>
    <message>
        <source>No opening hours.</source>
        <translation>Ingen åbningstider.</translation>
    </message>
</context>
<context>
    <name>bs::OrganisationPanel</name>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
</context>
<context>
    <name>bs::OutcomeReasonDialog</name>
    <message>
        <source>Not at home</source>
        <translation>Ikke hjemme</translation>
    </message>
    <message>
        <source>Did not open the door</source>
        <translation>Åbnede ikke døren</translation>
    </message>
    <message>
        <source>Forgot the appointment</source>
        <translation>Glemte aftalen</translation>
    </message>
    <message>
        <source>Ill</source>
        <translation>Syg</translation>
    </message>
    <message>
        <source>Not answering the phone</source>
        <translation>Tager ikke telefonen</translation>
    </message>
    <message>
        <source>Doctor or hospital</source>
        <translation>Læge eller sygehus</translation>
    </message>
    <message>
        <source>Family matters</source>
        <translation>Familiære årsager</translation>
    </message>
    <message>
        <source>Does not want the visit today</source>
        <translation>Ønsker ikke besøg i dag</translation>
    </message>
    <message>
        <source>Other appointment</source>
        <translation>Anden aftale</translation>
    </message>
    <message>
        <source>Staff illness</source>
        <translation>Sygdom hos medarbejder</translation>
    </message>
    <message>
        <source>Urgent task</source>
        <translation>Akut opgave</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kursus</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Ferie</translation>
    </message>
    <message>
        <source>Choose or write a reason (required)</source>
        <translation>Vælg eller skriv en årsag (skal udfyldes)</translation>
    </message>
    <message>
        <source>Choose or write a reason</source>
        <translation>Vælg eller skriv en årsag</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>Å&amp;rsag</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrer</translation>
    </message>
</context>
<context>
    <name>bs::PassphraseDialog</name>
    <message>
        <source>Passphrase for the file</source>
        <translation>Adgangsfrase til filen</translation>
    </message>
    <message>
        <source>The file &lt;b&gt;%1&lt;/b&gt; for %2 is saved. It can only be opened with this passphrase:</source>
        <translation>Filen &lt;b&gt;%1&lt;/b&gt; til %2 er gemt. Den kan kun åbnes med denne adgangsfrase:</translation>
    </message>
    <message>
        <source>The passphrase is not stored anywhere, not in the file and not on this computer. Give it to the recipient separately from the file: read it aloud or write it on paper. Never send it in the same mail as the file or put it on the same USB stick.</source>
        <translation>Adgangsfrasen gemmes ingen steder, hverken i filen eller på denne computer. Giv den til modtageren adskilt fra filen: læs den højt, eller skriv den på papir. Send den aldrig i samme mail som filen, og læg den aldrig på samme USB-stik.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <source>Copies the passphrase, e.g. to paste it into a text message.</source>
        <translation>Kopierer adgangsfrasen, fx så du kan indsætte den i en sms.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopieret</translation>
    </message>
</context>
<context>
    <name>bs::PhoneDialog</name>
    <message>
        <source>On-call phone</source>
        <translation>Vagttelefon</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To and including</source>
        <translation>Til og med</translation>
    </message>
    <message>
        <source>Holds the phone</source>
        <translation>Har telefonen</translation>
    </message>
</context>
<context>
    <name>bs::PlanSessionsDialog</name>
    <message>
        <source>Number of &amp;meetings</source>
        <translation>Antal &amp;møder</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Til og med</translation>
    </message>
    <message>
        <source>Plan sessions of %1</source>
        <translation>Planlæg møder for %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>&amp;First meeting</source>
        <translation>&amp;Første møde</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>Tids&amp;punkt</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Varighed</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>F&amp;acilitator</source>
        <translation>T&amp;ovholder</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>hver %1</translation>
    </message>
</context>
<context>
    <name>bs::ReassignDialog</name>
    <message>
        <source>Reassign task</source>
        <translation>Overdrag opgave</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>&amp;Give to</source>
        <translation>&amp;Giv til</translation>
    </message>
</context>
<context>
    <name>bs::ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Nulstil adgangskode</translation>
    </message>
    <message>
        <source>A temporary password for %1 (%2). They must choose their own at the next login; the account is also unlocked.</source>
        <translation>En midlertidig adgangskode til %1 (%2). Brugeren skal vælge sin egen ved næste login; kontoen bliver også låst op.</translation>
    </message>
    <message>
        <source>Temporary &amp;password</source>
        <translation>Midlertidig &amp;adgangskode</translation>
    </message>
    <message>
        <source>R&amp;epeat password</source>
        <translation>&amp;Gentag adgangskode</translation>
    </message>
</context>
<context>
    <name>bs::RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Gendan en sikkerhedskopi</translation>
    </message>
    <message>
        <source>The backup is restored to a new file; the database open now is not changed. Erasures made since the backup are applied to the restored copy as well.</source>
        <translation>Sikkerhedskopien gendannes til en ny fil; den database, der er åben nu, ændres ikke. Sletninger foretaget siden sikkerhedskopien gennemføres også i den gendannede kopi.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Vælg en sikkerhedskopi</translation>
    </message>
    <message>
        <source>Bostøtte backups (*.bstbackup)</source>
        <translation>Bostøtte-sikkerhedskopier (*.bstbackup)</translation>
    </message>
    <message>
        <source>the six words, e.g. hest-bord-sol-kage-tog-mark</source>
        <translation>de seks ord, fx hest-bord-sol-kage-tog-mark</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Væ&amp;lg…</translation>
    </message>
    <message>
        <source>Restore to</source>
        <translation>Gendan til</translation>
    </message>
    <message>
        <source>Bostøtte databases (*.sqlite)</source>
        <translation>Bostøtte-databaser (*.sqlite)</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>&amp;Sikkerhedskopi:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Adgangsfrase:</translation>
    </message>
    <message>
        <source>Restore &amp;to:</source>
        <translation>Gendan &amp;til:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation>Vælg den sikkerhedskopi, der skal gendannes.</translation>
    </message>
    <message>
        <source>Type the backup passphrase.</source>
        <translation>Skriv sikkerhedskopiens adgangsfrase.</translation>
    </message>
    <message>
        <source>Choose where the restored database is written.</source>
        <translation>Vælg, hvor den gendannede database skal gemmes.</translation>
    </message>
    <message>
        <source>%1 exists already. Choose a new file name.</source>
        <translation>%1 findes allerede. Vælg et nyt filnavn.</translation>
    </message>
</context>
<context>
    <name>bs::RetentionPanel</name>
    <message>
        <source>Keep closed cases for</source>
        <translation>Opbevar afsluttede sager i</translation>
    </message>
    <message>
        <source> years after the last activity</source>
        <translation> år efter seneste aktivitet</translation>
    </message>
    <message>
        <source>Closed cases whose last activity (the record changed, a grant or support form ended, an appointment, a journal note) is older than that are due for erasure.</source>
        <translation>Afsluttede sager, hvis seneste aktivitet (ændrede oplysninger, en bevilling eller støtteform, der sluttede, en aftale, et journalnotat) er ældre end det, er klar til sletning.</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Closed since</source>
        <translation>Afsluttet siden</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Seneste aktivitet</translation>
    </message>
    <message>
        <source>Closed cases due for erasure</source>
        <translation>Afsluttede sager klar til sletning</translation>
    </message>
    <message>
        <source>&amp;Erase selected…</source>
        <translation>&amp;Slet valgte…</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ikke registreret</translation>
    </message>
    <message>
        <source>No closed cases are due for erasure.</source>
        <translation>Ingen afsluttede sager er klar til sletning.</translation>
    </message>
    <message numerus="yes">
        <source>Closed cases are now kept %n year(s) after their last activity.</source>
        <translation>
            <numerusform>Afsluttede sager opbevares nu %n år efter seneste aktivitet.</numerusform>
            <numerusform>Afsluttede sager opbevares nu %n år efter seneste aktivitet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Erase %n selected…</source>
        <translation>
            <numerusform>&amp;Slet %n valgt…</numerusform>
            <numerusform>&amp;Slet %n valgte…</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the cases to erase first.</source>
        <translation>Sæt først flueben ved de sager, der skal slettes.</translation>
    </message>
    <message numerus="yes">
        <source>Erased %n citizen(s)</source>
        <translation>
            <numerusform>Slettede %n borger</numerusform>
            <numerusform>Slettede %n borgere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n record(s)).</source>
        <translation>
            <numerusform> (%n post).</numerusform>
            <numerusform> (%n poster).</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention period expired</source>
        <translation>Opbevaringsperioden er udløbet</translation>
    </message>
</context>
<context>
    <name>bs::ReviewDialog</name>
    <message>
        <source>No next review date</source>
        <translation>Ingen næste opfølgningsdato</translation>
    </message>
    <message>
        <source>Review of indsatsmål</source>
        <translation>Opfølgning på indsatsmål</translation>
    </message>
    <message>
        <source>What the citizen and you found: what has been reached, what is still hard</source>
        <translation>Hvad du og borgeren er kommet frem til: hvad er nået, og hvad er stadig svært</translation>
    </message>
    <message>
        <source>Status on the &amp;effort</source>
        <translation>Status på &amp;indsats</translation>
    </message>
    <message>
        <source>Goal &amp;outcome</source>
        <translation>&amp;Målopfyldelse</translation>
    </message>
    <message>
        <source>Review &amp;date</source>
        <translation>Opfølgnings&amp;dato</translation>
    </message>
    <message>
        <source>&amp;Next review</source>
        <translation>&amp;Næste opfølgning</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Sammenfatning</translation>
    </message>
    <message>
        <source>&amp;Record review</source>
        <translation>&amp;Registrér opfølgning</translation>
    </message>
    <message>
        <source>Only when the goal ends</source>
        <translation>Kun når målet afsluttes</translation>
    </message>
</context>
<context>
    <name>bs::RightsPage</name>
    <message>
        <source>&amp;Access and erasure</source>
        <translation>&amp;Indsigt og sletning</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>&amp;Opbevaring</translation>
    </message>
</context>
<context>
    <name>bs::RoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>Skift rolle</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rolle for %1</translation>
    </message>
</context>
<context>
    <name>bs::RotaPage</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Weekend duty</source>
        <translation>Weekendvagt</translation>
    </message>
    <message>
        <source>Weekend backup</source>
        <translation>Bagvagt</translation>
    </message>
    <message>
        <source>On-call phone</source>
        <translation>Vagttelefon</translation>
    </message>
    <message>
        <source>Double-click or press Enter on a cell to change who it is</source>
        <translation>Dobbeltklik eller tryk Enter på en celle for at ændre, hvem det er</translation>
    </message>
    <message>
        <source>◀ Previous month</source>
        <translation>◀ Forrige måned</translation>
    </message>
    <message>
        <source>Next month ▶</source>
        <translation>Næste måned ▶</translation>
    </message>
    <message>
        <source>Weekend rotation…</source>
        <translation>Weekendturnus…</translation>
    </message>
    <message>
        <source>Phone for a period…</source>
        <translation>Vagttelefon i en periode…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Gem som PDF…</translation>
    </message>
    <message>
        <source>Support runs every day. On a weekend day without a named phone holder, the person on weekend duty holds the on-call phone.</source>
        <translation>Der gives støtte alle dage. Er der på en weekenddag ikke sat navn på vagttelefonen, har weekendvagten den.</translation>
    </message>
    <message>
        <source>%1 (weekend duty)</source>
        <translation>%1 (weekendvagt)</translation>
    </message>
    <message>
        <source>(no longer listed)</source>
        <translation>(ikke længere på listen)</translation>
    </message>
    <message>
        <source>Change %1 on %2</source>
        <translation>Ændr %1 den %2</translation>
    </message>
    <message>
        <source>Weekend rotation</source>
        <translation>Weekendturnus</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Who on %1?</source>
        <translation>Hvem %1?</translation>
    </message>
    <message>
        <source>Rota</source>
        <translation>Vagtplan</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Udskrevet %1</translation>
    </message>
    <message>
        <source>The page size could not be set</source>
        <translation>Sidestørrelsen kunne ikke indstilles</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1</source>
        <translation>PDF-filen kunne ikke skrives til %1</translation>
    </message>
    <message>
        <source>Save rota as PDF</source>
        <translation>Gem vagtplan som PDF</translation>
    </message>
    <message>
        <source>rota-%1.pdf</source>
        <translation>vagtplan-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gemt %1</translation>
    </message>
</context>
<context>
    <name>bs::RotationDialog</name>
    <message>
        <source>Weekend rotation</source>
        <translation>Weekendturnus</translation>
    </message>
    <message>
        <source> weekends</source>
        <translation> weekender</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>First Saturday</source>
        <translation>Første lørdag</translation>
    </message>
    <message>
        <source>Number of weekends</source>
        <translation>Antal weekender</translation>
    </message>
    <message>
        <source>Tick the staff in the rotation and put them in turn order. Each weekend the next one is on duty and the one after is backup.</source>
        <translation>Sæt flueben ved de medarbejdere, der indgår i turnussen, og sæt dem i rækkefølge. Hver weekend har den næste weekendvagt, og den efterfølgende har bagvagt.</translation>
    </message>
</context>
<context>
    <name>bs::ServerPassword</name>
    <message>
        <source>No password was given for the database server.</source>
        <translation>Der blev ikke givet nogen adgangskode til databaseserveren.</translation>
    </message>
</context>
<context>
    <name>bs::ServerPasswordDialog</name>
    <message>
        <source>Database password</source>
        <translation>Adgangskode til databasen</translation>
    </message>
    <message>
        <source>The database server asks for a password.

User %1 on the server %2, database %3.</source>
        <translation>Databaseserveren beder om en adgangskode.

Bruger %1 på serveren %2, database %3.</translation>
    </message>
    <message>
        <source>The password is kept only while Bostøtte runs; it is never saved on this computer.</source>
        <translation>Adgangskoden huskes kun, mens Bostøtte kører; den gemmes aldrig på denne computer.</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Adgangskode</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Forbind</translation>
    </message>
</context>
<context>
    <name>bs::SessionPlanDialog</name>
    <message>
        <source>Session on %1</source>
        <translation>Møde %1</translation>
    </message>
    <message>
        <source>e.g. Budget for the month</source>
        <translation>fx Månedens budget</translation>
    </message>
    <message>
        <source>What the members should be able to do afterwards</source>
        <translation>Hvad deltagerne skal kunne bagefter</translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation>&amp;Emne</translation>
    </message>
    <message>
        <source>&amp;Learning goal</source>
        <translation>&amp;Læringsmål</translation>
    </message>
</context>
<context>
    <name>bs::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasefil</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Skemaversion</translation>
    </message>
    <message>
        <source>%1 (this program knows up to %2)</source>
        <translation>%1 (dette program kender op til %2)</translation>
    </message>
    <message>
        <source>Installation id</source>
        <translation>Installations-id</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>This is a demo database with fictitious citizens. It was generated when the program started and is deleted when the program closes.</source>
        <translation>Dette er en demodatabase med fiktive borgere. Den blev dannet, da programmet startede, og slettes, når programmet lukkes.</translation>
    </message>
    <message>
        <source>All data is kept in the database file above, on this computer only. It holds personal data (CPR numbers, goals, support), so a copy of it must be kept as safely as the original: on an encrypted drive, never by e-mail. Back up the file while the program is closed.</source>
        <translation>Alle data ligger i databasefilen ovenfor og kun på denne computer. Filen indeholder personoplysninger (CPR-numre, mål, støtte), så en kopi skal opbevares lige så sikkert som originalen: på et krypteret drev og aldrig sendt med e-mail. Tag sikkerhedskopi af filen, mens programmet er lukket.</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Generelt</translation>
    </message>
    <message>
        <source>S&amp;ites</source>
        <translation>&amp;Steder</translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation>&amp;Medarbejdere</translation>
    </message>
    <message>
        <source>T&amp;eams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <source>You are</source>
        <translation>Du er</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>Ec&amp;onomy</source>
        <translation>Øk&amp;onomi</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>All data is kept on the database server above, shared with the colleagues who use it. It holds personal data (CPR numbers, goals, support); the IT department backs it up and decides who may reach it.</source>
        <translation>Alle data ligger på databaseserveren ovenfor og deles med de kolleger, der bruger den. Den indeholder personoplysninger (CPR-numre, mål, støtte); it-afdelingen tager sikkerhedskopier og bestemmer, hvem der har adgang.</translation>
    </message>
    <message>
        <source>Choose where the data is under the Database tab, or start the program with --db FILE (or a postgresql:// address) to use another database once, and with --lang da or --lang en to choose the language.</source>
        <translation>Vælg under fanen Database, hvor dataene ligger, eller start programmet med --db FIL (eller en postgresql://-adresse) for at bruge en anden database én gang, og med --lang da eller --lang en for at vælge sproget.</translation>
    </message>
</context>
<context>
    <name>bs::SiteDialog</name>
    <message>
        <source>New site</source>
        <translation>Nyt sted</translation>
    </message>
    <message>
        <source>Edit site</source>
        <translation>Rediger sted</translation>
    </message>
    <message>
        <source>e.g. AUC Grenaa</source>
        <translation>fx AUC Grenaa</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Åbningstider</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Rådgivning: how long one walk-in visit may take</source>
        <translation>Rådgivning: hvor lang tid ét drop-in-besøg må vare</translation>
    </message>
    <message>
        <source>Walk-in only</source>
        <translation>Kun drop-in</translation>
    </message>
    <message>
        <source>Rådgivning: the length of a bookable time; 0 means walk-in only</source>
        <translation>Rådgivning: længden af en bookbar tid; 0 betyder kun drop-in</translation>
    </message>
    <message>
        <source>&amp;Time per visit (minutes)</source>
        <translation>&amp;Tid pr. besøg (minutter)</translation>
    </message>
    <message>
        <source>&amp;Bookable slots (minutes, 0 = walk-in only)</source>
        <translation>&amp;Bookbare tider (minutter, 0 = kun drop-in)</translation>
    </message>
</context>
<context>
    <name>bs::SitesPanel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Åbningstider</translation>
    </message>
    <message>
        <source>No sites yet. Add the places where support is given, e.g. AUC Grenaa.</source>
        <translation>Ingen steder endnu. Tilføj de steder, hvor der gives støtte, fx AUC Grenaa.</translation>
    </message>
    <message>
        <source>&amp;New site…</source>
        <translation>&amp;Nyt sted…</translation>
    </message>
    <message>
        <source>New site %1</source>
        <translation>Nyt sted %1</translation>
    </message>
    <message>
        <source>Edit site %1</source>
        <translation>Rediger sted %1</translation>
    </message>
</context>
<context>
    <name>bs::SnoozeDialog</name>
    <message>
        <source>Snooze task</source>
        <translation>Udsæt opgave</translation>
    </message>
    <message>
        <source>e.g. &quot;The citizen is in hospital until then&quot;</source>
        <translation>fx &quot;Borgeren er indlagt indtil da&quot;</translation>
    </message>
    <message>
        <source>Snooze &amp;until</source>
        <translation>Udsæt &amp;til</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Årsag</translation>
    </message>
</context>
<context>
    <name>bs::StaffDialog</name>
    <message>
        <source>New staff member</source>
        <translation>Ny medarbejder</translation>
    </message>
    <message>
        <source>Edit staff member</source>
        <translation>Rediger medarbejder</translation>
    </message>
    <message>
        <source>e.g. MKJ</source>
        <translation>fx MKJ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>&amp;Initials</source>
        <translation>&amp;Initialer</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
</context>
<context>
    <name>bs::StaffPanel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>No staff yet. Add the people who give support, with their initials.</source>
        <translation>Ingen medarbejdere endnu. Tilføj de medarbejdere, der giver støtte, med deres initialer.</translation>
    </message>
    <message>
        <source>&amp;New staff member…</source>
        <translation>&amp;Ny medarbejder…</translation>
    </message>
    <message>
        <source>New staff member %1</source>
        <translation>Ny medarbejder %1</translation>
    </message>
    <message>
        <source>Edit staff member %1</source>
        <translation>Rediger medarbejder %1</translation>
    </message>
</context>
<context>
    <name>bs::StatusNoteDialog</name>
    <message>
        <source>Status note for the committee</source>
        <translation>Statusnotat til udvalget</translation>
    </message>
    <message>
        <source>Status note %1.pdf</source>
        <translation>Statusnotat %1.pdf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Editable document (ODT, opens in Word and LibreOffice)</source>
        <translation>Redigerbart dokument (ODT, kan åbnes i Word og LibreOffice)</translation>
    </message>
    <message>
        <source>PDF and editable document</source>
        <translation>PDF og redigerbart dokument</translation>
    </message>
    <message>
        <source>Note &amp;date:</source>
        <translation>Notat&amp;dato:</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Sammenlign med:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>The note shows the citizens per support form, legal basis, site and group on the note&apos;s date and the change since the date compared with, and for the period between them the no-shows, the indsatsmål reached and the realised savings, with charts.</source>
        <translation>Notatet viser borgerne pr. støtteform, lovgrundlag, sted og gruppe på notatets dato og ændringen siden den dato, der sammenlignes med, og for perioden imellem dem udeblivelserne, de opnåede indsatsmål og de realiserede gevinster, med diagrammer.</translation>
    </message>
    <message>
        <source>&amp;Make note</source>
        <translation>&amp;Lav notat</translation>
    </message>
    <message>
        <source>Save status note</source>
        <translation>Gem statusnotat</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt)</source>
        <translation>PDF (*.pdf);;OpenDocument-tekst (*.odt)</translation>
    </message>
    <message>
        <source>The date to compare with must lie before the note&apos;s date.</source>
        <translation>Datoen, der sammenlignes med, skal ligge før notatets dato.</translation>
    </message>
    <message>
        <source>Choose a file for the note.</source>
        <translation>Vælg en fil til notatet.</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Beregner tallene…</translation>
    </message>
    <message>
        <source>Drawing the charts and writing the note…</source>
        <translation>Tegner diagrammerne og skriver notatet…</translation>
    </message>
    <message>
        <source>The note is written, but its date could not be remembered: %1</source>
        <translation>Notatet er skrevet, men dets dato kunne ikke huskes: %1</translation>
    </message>
    <message>
        <source>The note is saved in %1:
%2</source>
        <translation>Notatet er gemt i %1:
%2</translation>
    </message>
    <message>
        <source>e.g. Norddjurs Kommune, Socialpsykiatrien</source>
        <translation>fx Norddjurs Kommune, Socialpsykiatrien</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>O&amp;verskrift:</translation>
    </message>
</context>
<context>
    <name>bs::SubGoalDialog</name>
    <message>
        <source>New delmål</source>
        <translation>Nyt delmål</translation>
    </message>
    <message>
        <source>Edit delmål</source>
        <translation>Rediger delmål</translation>
    </message>
    <message>
        <source>What the citizen does, concretely, e.g. &quot;Opens e-Boks with support every Monday&quot;</source>
        <translation>Hvad borgeren konkret gør, fx &quot;Åbner e-Boks med støtte hver mandag&quot;</translation>
    </message>
    <message>
        <source>Indsatsmål</source>
        <translation>Indsatsmål</translation>
    </message>
    <message>
        <source>C&amp;riterion</source>
        <translation>&amp;Succeskriterium</translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation>&amp;Frist</translation>
    </message>
</context>
<context>
    <name>bs::SyncExportPanel</name>
    <message>
        <source>&amp;Save file…</source>
        <translation>&amp;Gem fil…</translation>
    </message>
    <message>
        <source>Writes the changes to an encrypted file you can carry on a USB stick or mail to yourself.</source>
        <translation>Skriver ændringerne i en krypteret fil, som du kan tage med på et USB-stik eller maile til dig selv.</translation>
    </message>
    <message>
        <source>Send the changes made on this computer to another one. The file is encrypted: without the passphrase, which you get when the file is saved, it is useless to anyone who finds the USB stick.</source>
        <translation>Send de ændringer, der er lavet på denne computer, til en anden computer. Filen er krypteret: uden adgangsfrasen, som du får, når filen gemmes, er den ubrugelig for den, der finder USB-stikket.</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Send &amp;til:</translation>
    </message>
    <message>
        <source>Unnamed computer (%1)</source>
        <translation>Unavngiven computer (%1)</translation>
    </message>
    <message>
        <source>A new computer (sends everything)</source>
        <translation>En ny computer (sender alt)</translation>
    </message>
    <message>
        <source>The computers this one has exchanged files with could not be read: %1</source>
        <translation>De computere, denne computer har udvekslet filer med, kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>a new computer</source>
        <translation>en ny computer</translation>
    </message>
    <message>
        <source>Everything on this computer goes in the file. Use this for a computer that has never received a file from here.</source>
        <translation>Alt på denne computer kommer med i filen. Brug dette til en computer, der aldrig har modtaget en fil herfra.</translation>
    </message>
    <message>
        <source>Every change %1 has not confirmed receiving goes in the file, so a file that was lost is made good by the next one.</source>
        <translation>Alle ændringer, som %1 ikke har bekræftet at have modtaget, kommer med i filen, så en fil, der er gået tabt, bliver indhentet af den næste.</translation>
    </message>
    <message>
        <source>Last file from %1: %2.</source>
        <translation>Seneste fil fra %1: %2.</translation>
    </message>
    <message>
        <source>The number of changes is counted while the file is written.</source>
        <translation>Antallet af ændringer tælles, mens filen skrives.</translation>
    </message>
    <message>
        <source>Save changes for %1</source>
        <translation>Gem ændringer til %1</translation>
    </message>
    <message>
        <source>Bostøtte sync file (*.bstt)</source>
        <translation>Bostøtte-synkroniseringsfil (*.bstt)</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Skriver filen…</translation>
    </message>
    <message>
        <source>The file was not saved.</source>
        <translation>Filen blev ikke gemt.</translation>
    </message>
    <message>
        <source>The file was not saved: %1</source>
        <translation>Filen blev ikke gemt: %1</translation>
    </message>
    <message>
        <source>Saved %1. There were no changes %2 lacks; the file still tells it what this computer holds.</source>
        <translation>Gemt: %1. Der var ingen ændringer, som %2 mangler; filen fortæller stadig, hvad denne computer har.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s) for %1 in %2 (%3).</source>
        <translation>
            <numerusform>Gemte %n ændring til %1 i %2 (%3).</numerusform>
            <numerusform>Gemte %n ændringer til %1 i %2 (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bs::SyncHistoryModel</name>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>A new computer</source>
        <translation>En ny computer</translation>
    </message>
    <message>
        <source>Unnamed computer</source>
        <translation>Unavngiven computer</translation>
    </message>
    <message>
        <source>Changes whose clock was more than 24 hours off: kept as conflicts, not trusted.</source>
        <translation>Ændringer, hvor uret gik mere end 24 timer forkert: gemt som konflikter, ikke godtaget.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ændringer</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nye</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændrede</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>Clock warnings</source>
        <translation>Advarsler om ur</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
</context>
<context>
    <name>bs::SyncImportPanel</name>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>Vælg &amp;fil…</translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation>Ingen fil valgt.</translation>
    </message>
    <message>
        <source>Show &amp;what changes</source>
        <translation>&amp;Vis hvad der ændres</translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation>Det sker ved indlæsningen</translation>
    </message>
    <message>
        <source>&amp;Import the changes</source>
        <translation>&amp;Indlæs ændringerne</translation>
    </message>
    <message>
        <source>The six words, e.g. hest bord sol kage tog mark</source>
        <translation>De seks ord, fx hest bord sol kage tog mark</translation>
    </message>
    <message>
        <source>Spaces, dashes and capital letters do not matter.</source>
        <translation>Mellemrum, bindestreger og store bogstaver er ligegyldige.</translation>
    </message>
    <message>
        <source>Opens the file and shows what would change. Nothing is imported yet.</source>
        <translation>Åbner filen og viser, hvad der vil blive ændret. Der indlæses ikke noget endnu.</translation>
    </message>
    <message>
        <source>A backup of the data is taken first; then every change is imported at once, or none.</source>
        <translation>Der tages først en sikkerhedskopi af data; derefter indlæses alle ændringer på én gang eller slet ingen.</translation>
    </message>
    <message>
        <source>Bring in the changes from a file another computer saved. You see what would change before anything is imported.</source>
        <translation>Hent ændringerne fra en fil, som en anden computer har gemt. Du ser, hvad der vil blive ændret, før noget indlæses.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>A&amp;dgangsfrase:</translation>
    </message>
    <message>
        <source>New records</source>
        <translation>Nye poster</translation>
    </message>
    <message>
        <source>Changed records</source>
        <translation>Ændrede poster</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Slettede poster</translation>
    </message>
    <message>
        <source>Deleted here but edited there, so they come back</source>
        <translation>Slettet her, men rettet dér, så de bliver gendannet</translation>
    </message>
    <message>
        <source>New conflicts to look at afterwards</source>
        <translation>Nye konflikter, der skal ses på bagefter</translation>
    </message>
    <message>
        <source>Notes that will show two versions</source>
        <translation>Notater, der kommer til at vise to versioner</translation>
    </message>
    <message>
        <source>Records erased by law</source>
        <translation>Poster slettet efter lovkrav</translation>
    </message>
    <message>
        <source>Changes already here (skipped)</source>
        <translation>Ændringer, der allerede er her (springes over)</translation>
    </message>
    <message>
        <source>For example:</source>
        <translation>For eksempel:</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Vælg filen, der skal indlæses</translation>
    </message>
    <message>
        <source>Bostøtte sync file (*.bstt);;All files (*)</source>
        <translation>Bostøtte-synkroniseringsfil (*.bstt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>This file was saved on this computer (%1). Importing it brings nothing new; choose the file from the other computer.</source>
        <translation>Filen er gemt på denne computer (%1). Det giver ikke noget nyt at indlæse den; vælg filen fra den anden computer.</translation>
    </message>
    <message>
        <source>From a computer this one has not received files from before (%1), saved %2.</source>
        <translation>Fra en computer, som denne computer ikke har modtaget filer fra før (%1), gemt %2.</translation>
    </message>
    <message>
        <source>From %1, saved %2.</source>
        <translation>Fra %1, gemt %2.</translation>
    </message>
    <message>
        <source>Type the passphrase you were given with the file.</source>
        <translation>Skriv den adgangsfrase, du fik sammen med filen.</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Åbner filen…</translation>
    </message>
    <message numerus="yes">
        <source>From %1, saved %2: %n change(s) in the file.</source>
        <translation>
            <numerusform>Fra %1, gemt %2: %n ændring i filen.</numerusform>
            <numerusform>Fra %1, gemt %2: %n ændringer i filen.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unnamed computer</source>
        <translation>en unavngiven computer</translation>
    </message>
    <message numerus="yes">
        <source>The other computer&apos;s clock was more than 24 hours behind (%n change(s)). Check the date and time on it.</source>
        <translation>
            <numerusform>Uret på den anden computer gik mere end 24 timer bagud (%n ændring). Tjek dato og klokkeslæt på den.</numerusform>
            <numerusform>Uret på den anden computer gik mere end 24 timer bagud (%n ændringer). Tjek dato og klokkeslæt på den.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file was imported before. Importing it again changes nothing.</source>
        <translation>Filen er indlæst før. Det ændrer ikke noget at indlæse den igen.</translation>
    </message>
    <message>
        <source>Taking a backup and importing…</source>
        <translation>Tager sikkerhedskopi og indlæser…</translation>
    </message>
    <message>
        <source>Imported from %1: %2 new, %3 changed, %4 deleted.</source>
        <translation>Indlæst fra %1: %2 nye, %3 ændrede, %4 slettede.</translation>
    </message>
    <message>
        <source>the other computer</source>
        <translation>den anden computer</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to look at under Conflicts.</source>
        <translation>
            <numerusform>%n konflikt skal ses på under Konflikter.</numerusform>
            <numerusform>%n konflikter skal ses på under Konflikter.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data as it was before is kept in %1.</source>
        <translation>Data, som de så ud før, er gemt i %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) carry a time more than 24 hours ahead of this computer&apos;s clock. They are applied, but where they change an address, a date or a status, the change is listed under Conflicts to check.</source>
        <translation>
            <numerusform>%n ændring har et tidspunkt mere end 24 timer foran denne computers ur. Den indlæses, men ændrer den en adresse, en dato eller en status, står ændringen under Konflikter, så den kan tjekkes.</numerusform>
            <numerusform>%n ændringer har et tidspunkt mere end 24 timer foran denne computers ur. De indlæses, men ændrer de en adresse, en dato eller en status, står ændringen under Konflikter, så den kan tjekkes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bs::SyncPage</name>
    <message>
        <source>S&amp;end changes</source>
        <translation>S&amp;end ændringer</translation>
    </message>
    <message>
        <source>&amp;Receive changes</source>
        <translation>&amp;Modtag ændringer</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Konflikter</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Denne computer</translation>
    </message>
    <message>
        <source>e.g. Kontoret or Alunden</source>
        <translation>fx Kontoret eller Alunden</translation>
    </message>
    <message>
        <source>The other computers see this name on the files you send.</source>
        <translation>De andre computere ser dette navn på de filer, du sender.</translation>
    </message>
    <message>
        <source>Save &amp;name</source>
        <translation>Gem &amp;navn</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;avn:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>No files sent or received yet.</source>
        <translation>Der er endnu ikke sendt eller modtaget filer.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Historikken kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>Give this computer a name the others will recognise, e.g. Kontoret or Alunden.</source>
        <translation>Giv denne computer et navn, som de andre vil kunne genkende, fx Kontoret eller Alunden.</translation>
    </message>
    <message>
        <source>The name was not saved: %1</source>
        <translation>Navnet blev ikke gemt: %1</translation>
    </message>
    <message>
        <source>Saved. Files from this computer now say &quot;%1&quot;.</source>
        <translation>Gemt. Filer fra denne computer viser nu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Konflikter (%1)</translation>
    </message>
</context>
<context>
    <name>bs::TaskDoneDialog</name>
    <message>
        <source>Task done</source>
        <translation>Opgave udført</translation>
    </message>
    <message>
        <source>What was done, e.g. &quot;Called, new time agreed&quot;</source>
        <translation>Hvad der blev gjort, fx &quot;Ringet op, ny tid aftalt&quot;</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notat</translation>
    </message>
</context>
<context>
    <name>bs::TeamDialog</name>
    <message>
        <source>New team</source>
        <translation>Nyt team</translation>
    </message>
    <message>
        <source>Edit team</source>
        <translation>Rediger team</translation>
    </message>
    <message>
        <source>e.g. Bostøtten Grenaa</source>
        <translation>fx Bostøtten Grenaa</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
</context>
<context>
    <name>bs::TeamsPanel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Medarbejdere</translation>
    </message>
    <message>
        <source>No teams yet. Add a team, then place staff members in it.</source>
        <translation>Ingen teams endnu. Opret et team, og tilknyt derefter medarbejdere.</translation>
    </message>
    <message>
        <source>&amp;New team…</source>
        <translation>&amp;Nyt team…</translation>
    </message>
    <message>
        <source>New team %1</source>
        <translation>Nyt team %1</translation>
    </message>
    <message>
        <source>Edit team %1</source>
        <translation>Rediger team %1</translation>
    </message>
</context>
<context>
    <name>bs::UndoContext</name>
    <message>
        <source>Could not undo &quot;%1&quot;: %2</source>
        <translation>Kunne ikke fortryde &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Could not redo &quot;%1&quot;: %2</source>
        <translation>Kunne ikke gentage &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Oplysningerne findes ikke længere.</translation>
    </message>
</context>
<context>
    <name>bs::WhoAmICombo</name>
    <message>
        <source>(choose who you are)</source>
        <translation>(vælg, hvem du er)</translation>
    </message>
    <message>
        <source>Follows your login</source>
        <translation>Følger dit login</translation>
    </message>
</context>
<context>
    <name>bs::WorkbookExport</name>
    <message>
        <source>The export was interrupted.</source>
        <translation>Eksporten blev afbrudt.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Bostøtte</source>
        <translation>Bostøtte</translation>
    </message>
    <message>
        <source>Open a generated demo database (deleted on exit).</source>
        <translation>Åbn en genereret demodatabase (slettes ved afslutning).</translation>
    </message>
    <message>
        <source>Language: da or en.</source>
        <translation>Sprog: da eller en.</translation>
    </message>
    <message>
        <source>Bostøtte could not start.

%1</source>
        <translation>Bostøtte kunne ikke starte.

%1</translation>
    </message>
    <message>
        <source>Use the database FILE, or the PostgreSQL server postgresql://user@host:port/database?sslmode=…&amp;schema=…, this time (default: Settings ▸ Database, else %1).</source>
        <translation>Brug databasen FIL eller PostgreSQL-serveren postgresql://bruger@vært:port/database?sslmode=…&amp;schema=… denne gang (standard: Indstillinger ▸ Database, ellers %1).</translation>
    </message>
</context>
</TS>
