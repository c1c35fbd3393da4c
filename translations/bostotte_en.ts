<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AccessLogPanel</name>
    <message>
        <source>Citizen details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handleplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file (iCalendar)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialogs</name>
    <message>
        <source>Repeat password: the two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityReports</name>
    <message>
        <source>Support form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens per month with an allocation of the support form active on at least one day of the month within the period. A citizen with several forms counts once per form and once in the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens by the support forms they had allocated at some time in the period, each citizen counted once under their combination of forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per staff member: active citizens they are contact person for, and the citizens they saw in delivered appointments in the period (group members registered present), with their planned and delivered hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments with an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments in the period per support form, whatever their outcome, and how many were delivered (completed). The delivery rate is delivered out of the appointments with a registered outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booked duration of the appointments in the period per support form: planned counts every appointment whatever its outcome, delivered only the completed ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows and cancellations (by the citizen or by staff) out of the appointments in the period with a registered outcome, per support form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent of appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows and cancellations (by the citizen or by staff) out of the appointments in the period with a registered outcome, per site: the appointment&apos;s site or, without one, the citizen&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reasons registered for no-shows and cancellations in the period, the same text in upper or lower case counted together; the %1 most frequent, the rest as other reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered (completed) individual visits per month with the travel time (both ways) and kilometres registered on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours and km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Allocation</name>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and 1440</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be more than 0 for a fixed cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only applies to group support</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <source>Could not create a temporary folder for the demo database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not generate the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the demo logins: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: log in as %1 — the password is &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Appointment</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 5 minutes and 12 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the reason for the no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentSeries</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 5 minutes and 12 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every 1 to 52 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give an end date or a number of times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before the first date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the series would have more than %1 appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>use at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be the user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be only spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected (not enough memory); close other programs and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can manage accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file already has an administrator; log in, or ask the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 64 characters, without spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member: choose one who is listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name: &quot;%1&quot; is already in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one enabled administrator must remain; make another account administrator first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password: not right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: choose a new one, not the current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many failed logins, until %1. An administrator can unlock it sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed logins before lockout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between 3 and 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lockout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between 1 and 1440 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between 1 and 240 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created, role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>own password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password, locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The restored file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup does not hold a Bostøtte database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was made by a newer Bostøtte: update the program and restore it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in the backup is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder the backups are written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep between 1 and 1000 backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are not set up on this computer. An administrator sets them up under Indstillinger → Sikkerhedskopi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database in memory cannot be backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make a private temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be copied for the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old backup %1 could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the restored database is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the backup passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database open now. Restore to a new file, or close Bostøtte and restore with the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored database could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasures made since the backup could not be applied to it, so it was not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server database is backed up by the IT department with PostgreSQL&apos;s own tools (pg_dump or a replica), not by Bostøtte.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleFile</name>
    <message>
        <source>The file could not be read (%1). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file asks for a heavier passphrase check than Bostøtte allows (it was changed or made by another program). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Bostøtte sync file. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was made by a newer Bostøtte: update the program and import the file again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not fit this file. Check the words and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged (it was changed or not copied completely). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends too early: it was not copied completely. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds more data than Bostøtte can import at once. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending site has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle has no time of creation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s settings are out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to protect the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to open the file. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be read (%1). Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup asks for a heavier passphrase check than Bostøtte allows (it was changed or made by another program). Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Bostøtte backup. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was made by a newer Bostøtte: update the program and restore it again. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup passphrase does not fit this backup. Check the words and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is damaged (it was changed or not copied completely). Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup ends too early: it was not copied completely. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is larger than Bostøtte accepts. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be read. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption key is missing or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data to protect could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to open the backup. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decrypted data could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <source>A change carries an invalid clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New citizen: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>Could not number the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Citizen</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be four digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a phone number, e.g. 86 12 34 56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a valid e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may be at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitizenAccess</name>
    <message>
        <source>This citizen is not one of your or your team&apos;s cases. If your work needs the record, use &quot;Look up outside own cases&quot; and give the reason; the look-up is logged and shown to the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen was not found (they may have been removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: write why your work needs this record (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPR number: type the citizen&apos;s full CPR number (10 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No citizen has the CPR number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management figures are for leaders and administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account has no team, so there are no management figures to show. Ask the administrator to link your account to your staff record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitizenDataQueries</name>
    <message>
        <source>The citizen was not found (they may have been erased).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file can only be cleaned outside a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not optimise the search index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rebuild the database file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not empty the write-ahead log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not empty the write-ahead log: another connection is reading the file. Close other windows on it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitizenExtract</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your record was opened in the case work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were found by a search in the case work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your extract (right of access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included in an export (report, synchronisation or backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed in the case work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from another computer or an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can make a citizen&apos;s extract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, CPR number %2. Made %3 under the right of access (the General Data Protection Regulation, article 15). It holds every record about you, every saved version of your journal notes and the log of who looked at your data when (without staff names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log: when your data were used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitizenPlan</name>
    <message>
        <source>The citizen does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CitizenPlanDocument</name>
    <message>
        <source>Handleplan %1 %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No running grants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose (indsatsformål)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No running support forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Goal type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function level now and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delmål yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest review %1 – %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handleplan and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made from the record on %1; later changes are not included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains personal data: keep it safe and shred printed copies after use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handleplan and status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support forms today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n citizen(s)</source>
        <translation>
            <numerusform>%n citizen</numerusform>
            <numerusform>%n citizens</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-citizens needs a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in %1.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem in %1.</numerusform>
            <numerusform>Nothing was imported: %n problems in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, separator &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %n citizen(s) would be imported from %1 (%2). Nothing was written.</source>
        <translation>
            <numerusform>Dry run: %n citizen would be imported from %1 (%2). Nothing was written.</numerusform>
            <numerusform>Dry run: %n citizens would be imported from %1 (%2). Nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n citizen(s) from %1 (%2).</source>
        <translation>
            <numerusform>Imported %n citizen from %1 (%2).</numerusform>
            <numerusform>Imported %n citizens from %1 (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the database or update its schema; prints the path and the schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new database with fictitious demo data. Refuses an existing FILE unless --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import citizens from a CSV file. Every line is checked first; with any problem nothing is written. --dry-run only checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the schema version and the integrity of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [--db FILE] &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help; after a command: the command&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD. CSV files are UTF-8 with BOM and semicolons, for Excel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV import columns: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the command failed, 2 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [--db FILE] %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; see %1 --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1; see %2 --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see %2 --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist. Create it with &quot;bostotte-cli --db %1 init&quot; or give another file with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use json, csv or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date; write it as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated from schema version %1 (a copy of the old file was kept next to it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Bostøtte tables; create them with init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is older than this program&apos;s; init (or opening it in Bostøtte) updates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database has %n problem(s).</source>
        <translation>
            <numerusform>The database has %n problem.</numerusform>
            <numerusform>The database has %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>demo needs --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--citizens needs a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; use --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Demo database written to %1 (%n citizen(s)).</source>
        <translation>
            <numerusform>Demo database written to %1 (%n citizen).</numerusform>
            <numerusform>Demo database written to %1 (%n citizens).</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use json or ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No citizen has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar needs --from YYYY-MM-DD and --to YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give at most one of --staff, --site and --citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointments on the local days from and to (inclusive): JSON with one entry per occurrence, or iCalendar for Outlook (series as repeating events). The iCalendar shows citizens&apos; initials unless --with-names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open follow-up tasks (Opfølgning) by due date, for one staff member or everyone. --run first runs the follow-up rules on today&apos;s date and stores the tasks they raise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to follow up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use json or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: the committee&apos;s figures as of a date (default: today): citizens with an active grant per support form, site, legal basis and group; with --from/--to the status note: the figures on --to against --from and the period&apos;s no-shows, goals and savings. activity, goals, savings: every chart of the family for the period and filters (CSV: chart;category;column;value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown site &quot;%1&quot;; give a site&apos;s name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown team &quot;%1&quot;; give a team&apos;s name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown support form &quot;%1&quot;; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown legal basis &quot;%1&quot;; use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report status covers the whole municipality; --site, --team, --form and --basis apply to activity, goals and savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the note&apos;s date as --to or --at, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 must be before the note&apos;s date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1 takes a period: --from and --to, not --at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report %1 needs --from YYYY-MM-DD and --to YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use json or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not compute &quot;%1&quot; (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs a kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown report &quot;%1&quot;; the reports are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an encrypted sync bundle with every change SITE (a name or site id) is not known to have; without --peer, everything. The passphrase is read from F; --new-passphrase generates one and writes it to the new file F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a sync bundle: decrypt and check all of it, show what changes, then (unless --dry-run) back up the database and apply everything in one transaction. A wrong passphrase or a damaged file imports nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflicts sync has kept for a person to decide: both values with their sites. --all includes resolved ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--passphrase-file is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the passphrase file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase file %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists; --new-passphrase writes a new file and never overwrites one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the passphrase file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown peer &quot;%1&quot;: no bundle has been received from any other computer yet; leave out --peer to send everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown peer &quot;%1&quot;; known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, written %2 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in the file: %1, already here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New records: %1, changed: %2, deleted: %3, restored: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to look at: %1, notes with two versions: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to %1 is a folder; give a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase is too short (at least %1 characters); --new-passphrase writes a generated one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 changes to %2 (%3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is in %1: give it to the recipient separately from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the bundle file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported. The database as it was before is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: every change merged cleanly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit needs either --citizen ID or --user INITIALS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--citizen needs a citizen id (see &quot;citizens --format json&quot;), not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user needs a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to needs a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are not set up for this database. An administrator sets them up once in Bostøtte under Indstillinger → Sikkerhedskopi, where the backup passphrase is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to NEWPATH is required: where the restored database is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 to %2. Open it with: bostotte --db %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current database was found at %1, so erasures made after the backup could not be re-applied; erase those citizens again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--search needs a name or CPR number to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the citizens with their support forms today; --search keeps those whose name or CPR number contains TEXT (the search is logged). CPR numbers are shown as birth date only unless --full-cpr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access log about one citizen or by one user, newest first, between the local dates (inclusive): time (UTC), user, action, citizen id, criterion, reason, detail. The look-up is itself logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an encrypted backup of the database to the backup folder (or DIR) with the key stored when backups were set up, and delete the oldest beyond the number kept. Refused when backups are not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt and check the backup FILE with the backup passphrase read from F, re-apply the erasures recorded in the current database since the backup, and write it to NEWPATH (never over a file open in Bostøtte).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A citizen&apos;s extract (right of access): every record, every journal-note revision and the access log about them, as JSON and HTML files in FOLDER (readable by the owner only). ID is the citizen&apos;s id or CPR number. Logged as an export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase every record about a citizen for good (right to erasure); the erasure travels to the synchronised computers, the file is cleaned and the plain safety copies next to it are removed. Without --yes it only says what would be erased (exit 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cases whose last activity is older than the retention period (setting retention.closed_case_years, default 5 years).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--citizen ID is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no citizen with id or CPR number &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FOLDER is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason TEXT is required (it is kept in the access log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would erase %1 (%2 records): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erasure cannot be undone and travels to the synchronised computers; add --yes to erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased %1 records; removed %2 safety copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No closed cases are due for erasure (retention: %n year(s)).</source>
        <translation>
            <numerusform>No closed cases are due for erasure (retention: %n year).</numerusform>
            <numerusform>No closed cases are due for erasure (retention: %n years).</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a new database with a fictitious municipality for performance work: small (50 citizens, 1 year), medium (500, 3 years) or large (5 000 citizens, 300 staff, 8 years, about 2 million appointments). Refuses an existing FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file (default: %1), or a PostgreSQL server: postgresql://user@host[:port]/database[?sslmode=…&amp;schema=…]; the password comes from PGPASSWORD or ~/.pgpass, never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated from schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate needs --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale must be small, medium or large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file (nothing was written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% %2 (%3 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating a %1 municipality: %2 citizens, %3 staff, %4 year(s) of history (seed %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated into %1 in %2 s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 in %2 s (%3 MB):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cpr</name>
    <message>
        <source>must have 10 digits (DDMMYY-SSSS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may only contain digits (DDMMYY-SSSS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a real date of birth</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>unknown column; known columns are %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column appears twice (also as &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;navn&quot; (the citizen&apos;s name) is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value in a column without a name in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown target group &quot;%1&quot;; use socialpsykiatri, udviklingshæmning, fysisk handicap or andet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;; use aktiv, venteliste or afsluttet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown contact form &quot;%1&quot;; use video or telefon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPR number %1 is also on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPR number %1 already belongs to %2 in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no site is called &quot;%1&quot;; known sites: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches more than one site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no staff member has the initials &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed (a &quot; is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line must name the columns (at least &quot;navn&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MB; a file to import may be at most %2 MB. Is it the right file? Split a larger caseload into several files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database driver does not expose a SQLite connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not register the Danish sort order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Bostøtte database (it could not be read as one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Bostøtte database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of Bostøtte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not configure the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the schema version of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Bostøtte (schema %2; this version knows up to %3). Update the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up the database before updating it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database to schema %1 (%2) failed; nothing was changed by that step: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken reference in table %1 (row %2) to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not lock the database %1 (the folder may be read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is already open in Bostøtte (process %1 on %2). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not lock the database %1; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the server database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema %1 does not exist in the database %2. The IT department creates it (see the README, server mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema %1 of %2 holds tables of another program, not of Bostøtte.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayList</name>
    <message>
        <source>Date: choose a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: choose the staff member whose day to print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayListDocument</name>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delmål:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day list for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1 at %2 – check the calendar for later changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s).</source>
        <translation>
            <numerusform>%n appointment.</numerusform>
            <numerusform>%n appointments.</numerusform>
        </translation>
    </message>
    <message>
        <source>Contains personal data: keep it on you and shred it after use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day list for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>The number of demo citizens must be between 0 and 5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of demo staff must be between 6 and 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already has citizens. Demo data can only be created in a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskService</name>
    <message>
        <source>The visit is not checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: the desk&apos;s site does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen: the chosen citizen does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no grant to rådgivning on %2 (no active rådgivning support form). The visit can be counted anonymously instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no opening hours: set them under Settings before checking visitors in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is closed now. It opens next %2 %3 at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already checked in at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked time: the appointment does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked time: the appointment is not this visitor&apos;s rådgivning time here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit has already started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: choose who you are under Settings before helping visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: the chosen staff member does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the visit before checking out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit is already checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit is checked out and counted; it cannot be taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: choose who you are under Settings before taking desk duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on duty at %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff member is not on duty at the desk that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes walk-ins only: set a slot length for the site under Settings to book times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 is not one of the desk&apos;s bookable times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 is already booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: choose who you are under Settings before booking</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskVisit</name>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be before the arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the visit has not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EconomicModel</name>
    <message>
        <source>Staff cost per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between 0 and %1 kr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel minutes per home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between 0 and %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Km per home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between 0 and %1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Km rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between 0 and %1 kr. per km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year %1 is not between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target for %1 must be between 0 and %2 kr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored economic model could not be read. Restore the defaults under Settings ▸ Economy and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every delivered session is compared with the home visits it replaces: one per citizen served, each as long as the session, with %1 minutes and %2 km of driving per home visit. A staff hour costs %3 kr. and a km %4 kr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rådgivning (café): each finished desk visit and each delivered counselling appointment serves one citizen in the same staff time, so it saves the travel of one home visit: %1 min × %2 kr. per hour + %3 km × %4 kr. = %5 kr. A booked time checked out at the desk counts once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: a delivered group session with n members present and f facilitators (1 or 2, from the group) saves n × (duration + %1 min) − f × duration staff hours at %2 kr. per hour, plus n × %3 km × %4 kr. A session with few members and two facilitators can cost more than it saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual: each delivered virtual appointment saves the travel of one home visit, %1 kr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets are yearly per support form in kr.; a month&apos;s target is a twelfth of its year&apos;s. Cancelled, missed and planned sessions save nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>§ 82 a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§ 82 b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§ 85</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social psychiatry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intellectual disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Develop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit loss of function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mildly reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderately reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severely reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completely reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No support need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surroundings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-Boks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MitID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online banking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact with an authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure/calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekend duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekend backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-call phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated no-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§ 82 b grant ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant ended with open goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All delmål met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent from the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending and referral to a new effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worsened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look-up outside own cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic deletion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasureService</name>
    <message>
        <source>Only an administrator can %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase a citizen&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the erasure (it is kept in the access log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not erase a record of %1: %2. Nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) erased</source>
        <translation>
            <numerusform>%n record erased</numerusform>
            <numerusform>%n records erased</numerusform>
        </translation>
    </message>
    <message>
        <source>These safety copies still hold the erased data and could not be removed; delete them by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the retention period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention of closed cases: between %1 and %2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the cases due for erasure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FfbCondition</name>
    <message>
        <source>Initiative and motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organising and planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotional functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily rhythm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family relations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal hygiene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dressing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking after own health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cooking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laundry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing finances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling mail and e-Boks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interacting with others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintaining a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking part in communities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using phone and computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using public transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving around outside the home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home and physical surroundings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support from relatives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileLocation</name>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is on a network drive (%1). Bostøtte keeps its file on this computer&apos;s own disk, because SQLite cannot lock files reliably over the network and the data would travel unprotected. Copy it to a local folder, or use the server mode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpRules</name>
    <message>
        <source>No-show on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show on %1 at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no-shows in a row, the latest on %2: assess the citizen&apos;s readiness for %3 support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§ 82 b grant ends today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>§ 82 b grant ends %1 — %n day(s) left</source>
        <translation>
            <numerusform>§ 82 b grant ends %1 — %n day left</numerusform>
            <numerusform>§ 82 b grant ends %1 — %n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>§ 82 b grant ended %1 with %n indsatsmål still open: %2</source>
        <translation>
            <numerusform>§ 82 b grant ended %1 with %n indsatsmål still open: %2</numerusform>
            <numerusform>§ 82 b grant ended %1 with %n indsatsmål still open: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Review of the %1 grant due %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of the indsatsmål &quot;%1&quot; due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n delmål of &quot;%1&quot; are met: propose closing the indsatsmål</source>
        <translation>
            <numerusform>All %n delmål of &quot;%1&quot; are met: propose closing the indsatsmål</numerusform>
            <numerusform>All %n delmål of &quot;%1&quot; are met: propose closing the indsatsmål</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contact since %1 (%n week(s))</source>
        <translation>
            <numerusform>No contact since %1 (%n week)</numerusform>
            <numerusform>No contact since %1 (%n weeks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No contact registered since the support began %1 (%n week(s))</source>
        <translation>
            <numerusform>No contact registered since the support began %1 (%n week)</numerusform>
            <numerusform>No contact registered since the support began %1 (%n weeks)</numerusform>
        </translation>
    </message>
    <message>
        <source>Absent from %1 sessions in a row of %2, the latest on %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpService</name>
    <message>
        <source>No-shows in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks without contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group absences in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before a § 82 b grant ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days before a review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: between %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: write what was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by: choose who you are under Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until: choose a date after today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: give the reason for waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed by: choose who you are under Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee: choose a staff member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpTask</name>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the reason for waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Goal</name>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not belong to the theme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal in the citizen&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is only set for themes under Activity and participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a goal to develop needs a target level better than the current level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a goal to maintain keeps the current level as its target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a goal to limit loss cannot target a better level than the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be set when the goal is ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalAssessment</name>
    <message>
        <source>Delmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the delmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose who assesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalFollowUp</name>
    <message>
        <source>The indsatsmål does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks without a note: between 1 and 52</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indsatsmål has already ended (%1); it cannot be reviewed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by: choose who made the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date: must not be before the goal&apos;s start (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date: a review is recorded after it took place; the date cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal outcome: choose how the goal ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review: must be after the review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date: must be a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant: it no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support form: it no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalReports</name>
    <message>
        <source>0–3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3–6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6–9 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9–12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indsatsmål ended in the period, by how they ended, and the indsatsmål still active on the last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indsatsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments of delmål made in the period (in journal notes and reviews), by the FFB theme of their indsatsmål: improved, unchanged or worsened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share improved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses of § 82 b support in force at some time in the period (a grant lasts at most 6 months; grants that follow on without a gap are one course), by how long they lasted: to their last day when they ended in the period, otherwise so far. A month is 30.44 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalReview</name>
    <message>
        <source>Indsatsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose who writes the review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Grant</name>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a § 82 b grant is time-limited and needs an end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a § 82 b grant may last at most 6 months (until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose of the effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the maximum hours per week must be more than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minimum may not exceed the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a week has only 168 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be after the end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 h/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupMember</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupNote</name>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose who writes the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupSessions</name>
    <message>
        <source>Group: the chosen group does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session: the chosen session does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session: the appointment is not a group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown citizen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator: choose who runs the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions: the plan gives no meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First date: the group starts on %1; sessions cannot come before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions: the group ends on %1, and the plan runs until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions: %1 already meets on %2 at %3; plan from a later date or at another time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by: choose who you are under Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by: the chosen staff member does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance: the session was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance: the session on %1 at %2 has not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance: register at least one member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance: %1 is not a member of the group on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance: a member is registered twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group note: a note cannot be written in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author: choose who you are under Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group note: register the attendance before writing the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group note: nobody was present, so there is no one to write it to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal addition: %1 was not present at the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group note: the note was written on %1 and is locked %2 hours after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author: the chosen staff member does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group note: a present member&apos;s record no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsExport</name>
    <message>
        <source>Bostøtte %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar needs a valid period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalNote</name>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose who writes the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal addition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalRevision</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose who writes the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal addition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalService</name>
    <message>
        <source>Delmål: a chosen delmål no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delmål: the goal of a chosen delmål no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delmål: “%1” belongs to another citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delmål: a delmål is assessed twice in one note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New level: %1 has no funktionsevneniveau (only themes under Aktivitet og deltagelse have one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author: choose who you are under Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author: the chosen staff member does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the note no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: a group note is changed from the group session, where the shared text is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the note was signed on %1 and is locked; write an addendum to correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the note was written on %1 and locked %2 hours later; write an addendum to correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: group notes are written from the group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: a note cannot be written in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen: the chosen citizen does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment: the appointment no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment: the appointment is not with this citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum: the note it corrects no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum: the note it corrects is another citizen&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum: the note can still be changed; edit it instead of writing an addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign: choose who you are under Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign: a group note locks %1 hours after the session note was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign: the note was already signed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign: only the note&apos;s author (%1) can sign it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose of the visit: 
What we did: 
How it went: 
Agreements for next time: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task: 
What the citizen did themselves: 
Where support was needed: 
Next step: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help with (e-Boks, MitID, netbank, letters, authorities): 
What we did: 
What the citizen did themselves: 
Follow-up: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question: 
Answer/help given: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation: 
What the citizen worked on: 
Contact with the others: 
Next time: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel (video/phone): 
What we talked about: 
How the citizen is doing: 
Agreements: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried to reach the citizen at: 
What we did next: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not found (it may have been removed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedelseCharts</name>
    <message>
        <source>Citizens per support form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combinations of support forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned and delivered sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned and delivered hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows and cancellations per support form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows and cancellations per site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for no-shows and cancellations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload per staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel for individual visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rådgivning: visits per opening day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rådgivning: waiting and visit times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups: attendance per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups: attendance per member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indsatsmål: reached, partly, not reached, ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delmål progress by FFB theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration of § 82 b grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realised savings per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realised savings per year against the target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerOnly</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make %1 private to this user: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayloadCodec</name>
    <message>
        <source>The bundle&apos;s content is not valid, so nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not start with the expected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a heading is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown content format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender&apos;s name is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender&apos;s version vector is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown heading &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content is cut off or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected data after the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of changes is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of changes is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %L1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of changes is cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a change record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the origin site is not a valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the counter is not a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clock is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clock is not a valid clock of the origin site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record id of table %1 is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind of change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field values are not valid (null, numbers or text up to 1 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 has no field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a purge carries field values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change without fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deletion marker is neither 0 nor 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base clocks are not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seen vector is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient&apos;s assumed version vector is not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before the start date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>No staff member has the initials %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials: %1 is already used by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: the chosen team does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: the chosen site does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators: the chosen staff member does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: the chosen group does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen: the chosen citizen does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: the citizen is already a member in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: %1 is full (capacity %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person: the chosen staff member does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date: must be a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis: § 82 b is never delivered as group support, and this grant has a group allocation. End the group allocation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: an allocation (%1 from %2) lies outside the new period. Use &quot;End grant&quot; to end both, or change the allocation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date: must be on or after the start date %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant: the chosen grant does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant: the grant belongs to another citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support form: a § 82 b grant is never delivered as group support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: the allocation cannot start before the grant (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: the allocation must end when the grant ends (%1) or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant: the chosen grant does not belong to the citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: choose how the goal ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: the chosen indsatsmål does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: must not be before the goal&apos;s start (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: choose how the sub-goal ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: choose the group the citizen joins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFilter</name>
    <message>
        <source>Choose a period with a start and an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must not end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period can be at most 20 years.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>Someone else changed this record after you opened it. Nothing was overwritten: open it again to see the latest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not found (it may have been removed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RightsLookup</name>
    <message>
        <source>Type the citizen&apos;s CPR number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotaDuty</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekend duty is on a Saturday or Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the desk&apos;s site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RotaService</name>
    <message>
        <source>The rotation starts on a Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose between 1 and 52 weekends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff member in the rotation is no longer listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weekend rotation needs at least two staff members: one on duty and one on backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk shifts are set on the counselling desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekend duty is on a Saturday or Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a listed staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person cannot be both on duty and on backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day must not be before the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at most a year at a time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavingsReport</name>
    <message>
        <source>Model: %1 kr. per staff hour, %2 min and %3 km per home visit, %4 kr. per km (Settings ▸ Economy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realised savings per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff time and travel saved by rådgivning (café), group and virtual support compared with the same support given 1:1 at home, in kr. per month, against a twelfth of the year&apos;s target for the forms chosen. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Café</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Km saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realised savings per year against the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff time and travel saved by rådgivning (café), group and virtual support compared with the same support given 1:1 at home, in kr. per year against the yearly targets. A year partly inside the period counts only that part, and its target only the months inside it. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Café target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleGenerator</name>
    <message>
        <source>The database already has citizens or staff; generate into a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>desk visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>Cancelled by: choose whether the citizen or the staff cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service hours: give a start and an end time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service hours: the end (%1) must be after the start (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time between home visits: between 0 and 240 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff double booking: %1 already has an appointment on %2 at %3–%4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen double booking: %1 already has an appointment on %2 at %3–%4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside service hours: the appointment runs %1–%2, and support is given %3–%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside opening hours: %1 is open %2, and the appointment runs %3 %4–%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too little travel time: %1 has only %2 minutes between this home visit and the one at %3–%4 (%5); at least %6 minutes are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§ 82 b: %1&apos;s grant on %2 is § 82 b, which is never delivered as group support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grant: %1&apos;s grant ended on %2, before the appointment on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grant: %1&apos;s grant only starts on %2, after the appointment on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: you cannot register that a visit took place before it has started (%1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: you cannot register a no-show before the appointment has started (%1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: the chosen staff member does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen: the chosen citizen does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: the chosen group does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: the chosen site does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-goals: a chosen delmål does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by: the chosen staff member does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series: the appointment&apos;s series does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by: choose the staff member who registers the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment is not stored yet: book it before changing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series is already stored: change its occurrences instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment is not part of a series: change it on its own instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First group date: must be a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First individual visit: must be a date in the week after the first group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks: between 2 and 52</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: give the time of the group session and of the individual visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group: %1 is not a member of %2 on %3; add the citizen to the group first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant: %1&apos;s grant on %2 is § 82 b, which is never delivered as group support, so indkøring in a group is not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: the end must be after the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outcome cannot be registered in the future</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerLocation</name>
    <message>
        <source>A server is written as postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address %1 could not be read; write it as postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the server address without a password. Bostøtte asks for it when it connects and never stores it; the command line reads PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port of the server must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must name the database, e.g. postgresql://bostotte@%1/bostotte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must name the database user, e.g. postgresql://bostotte@%1/%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown TLS mode &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema name &quot;%1&quot; may only hold lower-case letters, digits and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot; in the server address (known: sslmode, schema).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation cannot reach PostgreSQL servers (Qt&apos;s PostgreSQL driver is missing; on Debian: libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the server %1 (database %2 as %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerProbe</name>
    <message>
        <source>Could not read the server database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works, but the schema %1 does not exist in the database %2. The IT department creates it (see the README, server mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the schema version on the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works (PostgreSQL %1). The schema %2 is empty: Bostøtte sets it up at the first start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works (PostgreSQL %1), but the schema %2 holds tables of another program. Choose another schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works (PostgreSQL %1), but the data in the schema %2 was made by a newer version of Bostøtte (schema %3; this version knows up to %4). Update the program first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works (PostgreSQL %1). The schema %2 holds Bostøtte&apos;s data at schema version %3 (this program knows up to %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceReports</name>
    <message>
        <source>Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits to the rådgivning desk per month divided by the days in the month on which a chosen site is open by its opening hours. Anonymous visitors count too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits per opening day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median minutes from arrival to the start of help, and from the start to the end of the visit, per site, against the site&apos;s time per visit. Visits still waiting or in progress are left out of the medians they have no time for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median wait (min.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median visit (min.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the time per visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each member&apos;s registered attendance at the group&apos;s sessions in the period. Attendance rate: present out of those registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance registered per group session. Not registered: members on the session&apos;s day without a registration. Attendance rate: present out of those registered. Cancelled sessions and sessions not yet held are left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Site</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the closing time must be after the opening time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 5 and 240 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookable slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 10 and 120 minutes, or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 8 characters and no spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusNote</name>
    <message>
        <source>No site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart &quot;%1&quot; has no column &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note needs a date and a date to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date to compare with (%1) must lie before the note&apos;s date (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens with an active grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status note could not compute &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart &quot;%1&quot; has %2 rows; the note needs %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status note as of %1, compared with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per support form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indsatsmål reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realised savings: %1 kr. (target %2 kr.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusNoteDocument</name>
    <message>
        <source>%1 kr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens per support form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens with an allocation of the form under an active grant on each date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status note %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status note on socio-pedagogical support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status as of %1, compared with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1, %2 citizens had an active grant for socio-pedagogical support, against %3 on %4 (%5). Below are the figures per support form, legal basis, site and group, and the period&apos;s no-shows, goals and realised savings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per support form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realised savings: %1 against a target of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indsatsmål reached: %1, partly reached: %2, not reached: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures are those of &quot;bostotte-cli report status&quot; on the same dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusReport</name>
    <message>
        <source>The report needs a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status as of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens with an active grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens with an active grant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per support form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no sites)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no groups)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubGoal</name>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be set when the sub-goal is ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportGroup</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group needs one or two facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two facilitators must be different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 1 and 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rota duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to virtual contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note of %1 about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncQueries</name>
    <message>
        <source>The database has no table %1; it cannot take part in synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a synchronised table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1 has no column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not found (it may have been removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other records still refer to this one; erase them first. Nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up the database before the import; nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for this site, e.g. &quot;Alunden&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site name can be at most 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was written by this database itself; import it at another site. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The clock of %1 was %n day(s) behind this computer&apos;s when it wrote the bundle; its changes lose to newer ones. Ask them to check the date.</source>
        <translation>
            <numerusform>The clock of %1 was %n day behind this computer&apos;s when it wrote the bundle; its changes lose to newer ones. Ask them to check the date.</numerusform>
            <numerusform>The clock of %1 was %n days behind this computer&apos;s when it wrote the bundle; its changes lose to newer ones. Ask them to check the date.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed and nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changes from %1 carry a clock %n day(s) ahead of this computer&apos;s. They were not trusted to win: check the date on that computer, and check the conflict list.</source>
        <translation>
            <numerusform>Changes from %1 carry a clock %n day ahead of this computer&apos;s. They were not trusted to win: check the date on that computer, and check the conflict list.</numerusform>
            <numerusform>Changes from %1 carry a clock %n days ahead of this computer&apos;s. They were not trusted to win: check the date on that computer, and check the conflict list.</numerusform>
        </translation>
    </message>
    <message>
        <source>This bundle was imported before; importing it again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two versions of the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted and edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict was not found (it may have been resolved at another site).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note has no versions to choose from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not found (it may have been removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file leaves out changes the sender believes this computer already has, but it does not have them (was it restored from an older backup?). Ask the sender for a file for a new computer, which carries everything. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import erased data, so the file was cleaned and the plain safety copies next to it were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import erased data, but these safety copies still hold it and could not be removed; delete them by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be filled in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>may be at most %1 characters (it has %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be on one line (remove the line break)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a NUL character (code 0) at position %1; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains an invisible control character (code %1) at position %2; remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a broken character (an unpaired UTF-16 surrogate); retype it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoContext</name>
    <message>
        <source>Book appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of indsatsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End grant and support forms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>There is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the sheet %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not replace %1: is it open in another program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::AccessLogPanel</name>
    <message>
        <source>&amp;Only look-ups outside own cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log entries match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name, e.g. MH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every entry matching the filters as a CSV file for Excel. The export is itself logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(erased citizen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s first day is after its last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), newest first.</source>
        <translation>
            <numerusform>%n entry, newest first.</numerusform>
            <numerusform>%n entries, newest first.</numerusform>
        </translation>
    </message>
    <message>
        <source>No look-ups outside own cases in the last %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n look-up(s) outside own cases in the last %1 days: check the reasons with &quot;Only look-ups outside own cases&quot;.</source>
        <translation>
            <numerusform>%n look-up outside own cases in the last %1 days: check the reasons with &quot;Only look-ups outside own cases&quot;.</numerusform>
            <numerusform>%n look-ups outside own cases in the last %1 days: check the reasons with &quot;Only look-ups outside own cases&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access-log %1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access log is saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::AccountsPanel</name>
    <message>
        <source>&amp;New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logins and screen lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed logins before the account locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account stays locked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen after no use for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users who can log in on this computer. Accounts are not synchronised: each computer has its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was reset; they choose a new one at the next login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can no longer log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role of %1 was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved. The screen lock uses the new time at the next login.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::AdminPage</name>
    <message>
        <source>Administration of this database file. Everything done here is recorded in the access log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::AllocationDialog</name>
    <message>
        <source>No end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New support form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit support form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support fo&amp;rm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;dence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gro&amp;up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::AllocationsPanel</name>
    <message>
        <source>Support form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No support forms yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New support form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A support form is delivered under a grant: create a grant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New support form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit support form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End support form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends on this date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::AppointmentDialog</name>
    <message>
        <source>New appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. at the citizen&apos;s home, the café at the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the meeting works on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the participants should take home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &amp;form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works on &amp;delmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every other week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every N weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This and all following (time, length, staff and place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a citizen to see their delmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen has no active delmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before saving (you can still save):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::AttendanceDialog</name>
    <message>
        <source>Attendance and group note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the group worked on, how it went – the same text goes into every present member&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no topic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no learning goal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Member&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Attendance&lt;/b&gt; (1, 2, 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Reason&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Personal addition&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Present, 2 Absent, 3 Sent apologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in %1&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not registered yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group had no members on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was written more than %1 hours ago and is locked; attendance can still be corrected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are under Settings before registering attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has not started yet: attendance is registered afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::BackupPanel</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are encrypted copies of the whole database. They can be kept on a server or an external disk; without the backup passphrase nobody can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator manages backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder on a server share or an external disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when started by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups in this folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restores the chosen backup to a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;up backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a new backup passphrase for the backups made from now on. Older backups keep the passphrase they were made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are not set up yet. Choose a folder and set them up; the backup passphrase is shown once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups made from now on will need the new passphrase. The backups already made still need the old one, so keep it too. Make a new passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup settings are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set backups up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is restored to %1. To work in it, close Bostøtte and start it with that file (bostotte --db &quot;%1&quot;), or close Bostøtte and put it in place of the current database file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::BackupPassphraseDialog</name>
    <message>
        <source>Backup passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are set up. They are encrypted, and can only be restored with this passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down and keep it safe, away from the backups (for example in the municipality&apos;s safe). Without it a backup cannot be restored, and Bostøtte will not show it again. This computer keeps only a key for making new backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;written the passphrase down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::BackupScheduler</name>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::BookSlotDialog</name>
    <message>
        <source>Book a desk time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3–%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No citizen has an active rådgivning support form on this day. Give the citizen a rådgivning support form under Citizens first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen: choose a citizen from the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::BreakGlassDialog</name>
    <message>
        <source>Look up outside own cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this only when your work needs the record of a citizen who is not one of your or your team&apos;s cases. The look-up is logged with your name and reason, and shown to the administrator. You have access to the citizen until you log out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DDMMYY-SSSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does your work need this record? (at least %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CPR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::CalendarPage</name>
    <message>
        <source>✓ completed · hatched: no-show · faded and struck through: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Monday to Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print day list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous (Ctrl+Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today (Ctrl+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Ctrl+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New appointment at the selected time (N or Enter in the calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody to show yet: add staff under Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whose calendar to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments this week for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments this day for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but please check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) booked in the series (a series cannot be undone).</source>
        <translation>
            <numerusform>%n appointment booked in the series (a series cannot be undone).</numerusform>
            <numerusform>%n appointments booked in the series (a series cannot be undone).</numerusform>
        </translation>
    </message>
    <message>
        <source>This and the following appointments were changed (this cannot be undone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a recurring appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment is part of a series. Change only this appointment, or this and all following?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This and all following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change length of appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This and the following appointments were moved (this cannot be undone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are under Settings to register outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No-show…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by &amp;citizen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by &amp;staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this and all &amp;following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the citizen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are under Settings first: the outcome records who registered it. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This and all following appointments without an outcome are cancelled. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This and the following appointments were cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::CalendarSettingsPanel</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save calendar settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The calendar checks new bookings against these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support is given from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least this long between two home visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same hours apply every day of the week. Bookings outside them, or home visits closer together, are allowed but the calendar warns about them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::CalendarView</name>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows move the selection, Enter opens or creates, N creates, Alt+arrows move the selected appointment, Alt+Shift+Up/Down change its length, the menu key registers the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator has given you a temporary password. Choose your own password (at least %1 characters) before you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password of at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new password: the two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::CitizenDialog</name>
    <message>
        <source>New citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DDMMYY-SSSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 86 12 34 56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CPR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postal code and city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Virtual support by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::CitizenListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::CitizenListPanel</name>
    <message>
        <source>No citizens yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the first citizen to start recording grants, support forms and goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New citizen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find: name, CPR, site, contact person, support form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a citizen (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n citizen(s)</source>
        <translation>
            <numerusform>%1 of %n citizen</numerusform>
            <numerusform>%1 of %n citizens</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Look up outside own cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the record of a citizen who is not one of your or your team&apos;s cases, by CPR number and with a reason. The look-up is logged and shown to the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No citizens in your or your team&apos;s cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a citizen, or look up a citizen outside your own cases by CPR number and with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::CitizenRightsPanel</name>
    <message>
        <source>DDMMYY-SSSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CPR number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or pick by &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No citizens match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right of access: every record, every journal-note version and the access log as a PDF and a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase citizen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right to erasure: every record about the citizen is removed for good, on every synchronised computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights requests are handled by an administrator. Log in as one to hand over or erase a citizen&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CPR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no citizens in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No citizens match “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No citizen has the CPR number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a citizen: type their CPR number and press Enter, or pick them from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
CPR number: %2

Records held: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a citizen first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extract is in %1: %2. Hand it over securely (not by ordinary e-mail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erased %n record(s).</source>
        <translation>
            <numerusform>Erased %n record.</numerusform>
            <numerusform>Erased %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n safety copy(ies) that still held the data.</source>
        <translation>
            <numerusform>Removed %n safety copy that still held the data.</numerusform>
            <numerusform>Removed %n safety copies that still held the data.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bs::CitizenView</name>
    <message>
        <source>‹ All citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit citi&amp;zen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End citizen&apos;s &amp;course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the citizen list (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Support forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;oals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code and city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual support by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit citizen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End course of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End citizen&apos;s course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s status becomes Closed, and every support form that runs longer ends on this date. Grants and goals are kept as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handleplan (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handleplan and status for the meeting with the citizen: grants, goals, delmål and recent progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handleplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save handleplan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handleplan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print handleplan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::CitizensPage</name>
    <message>
        <source>New citizen %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::ClosingProposalDialog</name>
    <message>
        <source>the grant %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the support form %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open goals left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open indsatsmål is left under this support. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End the checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep them running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends with its grant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::ConflictTableModel</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited after it was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two versions of the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::ConflictsPanel</name>
    <message>
        <source>one computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed at %2 and at %3 without either knowing of the other. The newest value is in use; choose which one is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was deleted at %1 but edited at %2 meanwhile, so it was kept with the edit. Keep it, or delete it after all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was written differently at %1 and at %2. Both texts are kept in the note&apos;s history; choose the one the note should show from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts: every change merged cleanly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the value in use now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings back the other value; it is sent to the other computers with the next file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version shown now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept, with the edit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the other version of the note from now on? Both texts stay in the note&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the version of the note shown now? Both texts stay in the note&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 after all?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &quot;%1&quot; as %2 of %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice is sent to the other computers with the next file and cannot be undone with Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict was not resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::CurrentStaff</name>
    <message>
        <source>Choose who you are under Settings ▸ General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are no longer listed as staff: choose who you are under Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a listed staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are logged in as %1; log in as that user to work as someone else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::DatabasePanel</name>
    <message>
        <source>disable – no encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is encrypted. Only for a test server on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow – only if the server insists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted only when the server demands it. Not for personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefer – when the server can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted when the server offers it, otherwise not. The server&apos;s identity is not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>require – always encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypted; the server&apos;s identity is not checked. The least to use for personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-ca – encrypted, checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypted, and the server&apos;s certificate must be issued by an authority IT trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full – encrypted, fully checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypted, and the certificate must be trusted and name this very server. The safest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL se&amp;rver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;st connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. db.kommune.dk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. bostotte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your database user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; empty: the user&apos;s default schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;atabase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;LS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sche&amp;ma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of a server is never saved: Bostøtte asks for it at start (or the IT department sets up a .pgpass file or a certificate). A changed location takes effect at the next start. Only a file on this computer&apos;s own disk can be used; network drives are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bostøtte databases (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the path of the database file, or choose it with Browse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a server address; choose &quot;A PostgreSQL server&quot; for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the full path of the file, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; write the name of a file in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the name or address of the server, e.g. db.kommune.dk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. This is the database in use now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Bostøtte uses %1 from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the database file in use now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file exists (%1 MB). Bostøtte opens it at the next start, and updates it if it was made by an older version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist yet. Bostøtte creates a new, empty database there at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither the file nor its folder exists yet. Bostøtte creates both at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was not tested: no password was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::DayListDialog</name>
    <message>
        <source>Print day list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day list %1 %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save day list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::DeskPage</name>
    <message>
        <source>&amp;Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymous visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site has opening hours yet. The counselling desk runs at a site during its opening hours: open Settings, choose the site under Sites and give it opening hours (and, if you like, its time per visit and bookable times).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen&apos;s name or CPR number, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts a visitor who has no grant or does not give a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes back a check-in made by mistake (e.g. the wrong person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now · today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed now · open today %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed today — next open %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed for today — next open %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min per visit</source>
        <translation>
            <numerusform>%n min per visit</numerusform>
            <numerusform>%n min per visit</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is on duty at the desk today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am &amp;not on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am on &amp;duty today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: no visits yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Today: %n visit(s)</source>
        <translation>
            <numerusform>Today: %n visit</numerusform>
            <numerusform>Today: %n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous</source>
        <translation>
            <numerusform>%n anonymous</numerusform>
            <numerusform>%n anonymous</numerusform>
        </translation>
    </message>
    <message>
        <source>average wait %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n over the time per visit</source>
        <translation>
            <numerusform>%n over the time per visit</numerusform>
            <numerusform>%n over the time per visit</numerusform>
        </translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is closed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are under Settings first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are under Settings to take desk duty, start visits and book times. Visitors can be checked in meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the citizen&apos;s name (or choose from the list), or press Anonymous visitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several citizens match &quot;%1&quot;: choose one from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No citizen matches &quot;%1&quot;. Check the spelling, or press Anonymous visitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grant to rådgivning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visitor can still be helped and counted as an anonymous visit, without name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count &amp;anonymously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked in at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are under Settings before starting a visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start visit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked out after %2 (over the %3 per visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked out after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take desk duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave desk duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are under Settings before booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book desk time for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is booked at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown citizen)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::DeskSlotsPanel</name>
    <message>
        <source>Bookable times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in booked &amp;visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free (passed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is closed on %1: no times to book.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::DeskTimerLabel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit has taken longer than the site&apos;s time per visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of this visit against the site&apos;s time per visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::DeskVisitPanel</name>
    <message>
        <source>Visit in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short practical note (optional), e.g. &quot;comes back next week with the letter&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was the visit about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — helped by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit in progress. Select a waiting visitor in the queue and press Start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::EconomicModelPanel</name>
    <message>
        <source> kr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff cost per &amp;hour (salary and overhead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel &amp;minutes per home visit, both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Km per home visit, both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Km &amp;rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Café (kr.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group (kr.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual (kr.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly &amp;targets per support form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save economic model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The savings charts use these figures from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default figures are in the fields. Save to use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the savings are computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the year to remove in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year is removed from the fields. Save to store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets, row %1: &quot;%2&quot; is not a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets: the year %1 is there twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets, %1, %2: &quot;%3&quot; is not an amount in kr.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::EndDialog</name>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::EraseDialog</name>
    <message>
        <source>Erase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erase %n citizens</source>
        <translation>
            <numerusform>Erase %n citizen</numerusform>
            <numerusform>Erase %n citizens</numerusform>
        </translation>
    </message>
    <message>
        <source>Every record about &lt;b&gt;%1&lt;/b&gt; is erased: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record about these citizens is erased: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot be undone.&lt;/b&gt; The erasure also travels to the synchronised computers with the next bundle, and the plain safety copies next to the database file are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group notes written for a whole group session stay, because the other participants share them; the citizen&apos;s own copy in the journal and their personal additions are erased. The access log keeps that an erasure took place, with the reason, but no name or CPR number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, e.g. the citizen&apos;s request of 3 November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number of citizens (%1) to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1&apos;s CPR number to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type %1&apos;s name to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::FirstAdministratorDialog</name>
    <message>
        <source>Bostøtte — the administrator of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database file has no users yet. Create the administrator of this file: the person who creates the other users, unlocks them and looks after the access log and backups. Use at least %1 characters in the password, and keep it safe — without it no one can log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password: the two passwords differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::FollowUpPage</name>
    <message>
        <source>Done %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed until %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back from snooze (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show d&amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show s&amp;noozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snooze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reassign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open c&amp;itizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the follow-up rules now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the rules raise a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1: nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked %1: %n new task(s).</source>
        <translation>
            <numerusform>Checked %1: %n new task.</numerusform>
            <numerusform>Checked %1: %n new tasks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose who you are under Settings to see your tasks, or show everyone&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are under Settings to see your team&apos;s tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not on a team. Choose your team under Settings, or show everyone&apos;s tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to follow up for you. New tasks appear here when the rules find something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to follow up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are under Settings to mark tasks done or snooze them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task done: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task snoozed: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task reassigned: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::FollowUpRulesDialog</name>
    <message>
        <source>Follow-up rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the rules raise a task. They apply from the next check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> no-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess readiness after &amp;no-shows in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &amp;contact with a citizen for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Absent from the group in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>§ 82 b grant &amp;ending within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review dates within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag a &amp;delmål without notes after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::GoalDialog</name>
    <message>
        <source>No review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New indsatsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit indsatsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the citizen&apos;s own words, e.g. &quot;I want to open my post myself every week&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;dition (tilstand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal in the citizen&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal t&amp;ype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function &amp;level now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;arget level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gra&amp;nt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;rt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A function level is only set for themes under Activity and participation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::GoalFollowUpDialog</name>
    <message>
        <source>Goal started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up of indsatsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessment has given a function level yet. The chart shows the levels set in journal notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No progress assessed yet. Assess a delmål in a journal note to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function &amp;level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indsatsmål no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1”: no note for %n week(s)</source>
        <translation>
            <numerusform>“%1”: no note for %n week</numerusform>
            <numerusform>“%1”: no note for %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>Not written about lately: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal has ended (%1); it is not reviewed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are under Settings before recording a review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::GoalsPanel</name>
    <message>
        <source>From %1, review %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline %1, ended %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indsatsmål / delmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme and condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type and function level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals yet. An indsatsmål states, in the citizen&apos;s own words, what the support should lead to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;indsatsmål…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New de&amp;lmål…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the indsatsmål the delmål belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New indsatsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New delmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit indsatsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit delmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End indsatsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The indsatsmål ends with the outcome you choose, and so does every open delmål under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End delmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No note for %n week(s)</source>
        <translation>
            <numerusform>No note for %n week</numerusform>
            <numerusform>No note for %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No note since it was set %n week(s) ago</source>
        <translation>
            <numerusform>No note since it was set %n week ago</numerusform>
            <numerusform>No note since it was set %n weeks ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline, charts and review of the indsatsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an indsatsmål</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::GrantDialog</name>
    <message>
        <source> h/week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hours per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package &amp;band (min–max)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose of the effort (indsatsformål)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. Package B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &amp;need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case&amp;worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::GrantsPanel</name>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No grants yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New grant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End grant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grant ends on this date, and so does every support form under it that runs longer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::GroupDialog</name>
    <message>
        <source>No end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Young adults 20+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social skills training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Psychoeducation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mindfulness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact and company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second faci&amp;litator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::GroupFactsPanel</name>
    <message>
        <source>Select a group above to see its facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1, no end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 places, %2 taken today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions planned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2–%3 (%4 min), %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::GroupListPanel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No groups yet. Create a group course at a site, with one or two facilitators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group needs a site and a facilitator: add them under Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit group %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::GroupMembersPanel</name>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members join and leave through the citizen&apos;s support form (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown citizen)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::GroupSessionsPanel</name>
    <message>
        <source>&amp;Plan sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;topic and goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance and note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a group above to see its sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions planned. Use Plan sessions… to set the group&apos;s weekly meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To register attendance, choose who you are under Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::GroupsPage</name>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members: select a group above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Indkøring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group sessions and individual visits in alternating weeks for a member moving into the group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::IdleLock</name>
    <message>
        <source>Only %1 can unlock this screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::IndkoeringDialog</name>
    <message>
        <source>Indkøring in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group sessions and individual visits in alternating weeks: a group week, then a week with a visit, and so on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First group session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First individual visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the indkøring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group has no members yet. A citizen joins through a group support form on their record; then plan the indkøring here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked for %1: %2 group sessions and %3 individual visits. They are in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::JournalPanel</name>
    <message>
        <source>Topic: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal addition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adden&amp;dum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal notes yet. Write one with New note…, or from an appointment in the calendar or My day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the note: it is locked at once, and corrections become addenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a locked note with an addendum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every saved version of the note, with author and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editable until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed %1 – locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum to the note written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(delmål)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::JournalSearchPage</name>
    <message>
        <source>Journal search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all journal notes: words, names, places (æ, ø, å and “aa” work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All support forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &amp;form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, me)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a citizen first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All delmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search all journal notes, or choose a filter to list notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes match “%1”. Try fewer or shorter words, or other filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 notes are shown; narrow the search to see older ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) found, newest first. Enter opens the first citizen.</source>
        <translation>
            <numerusform>%n note found, newest first. Enter opens the first citizen.</numerusform>
            <numerusform>%n notes found, newest first. Enter opens the first citizen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bs::LedelseChartPanel</name>
    <message>
        <source>Calculating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PN&amp;G…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the numbers behind the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the numbers as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the numbers as a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chart to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no numbers to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::LedelseFilterBar</name>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::LedelsePage</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realised savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status note for the committee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the status note for a date as PDF and as an editable document (ODT): figures per support form, site and group, the change since the previous note, no-shows, goals reached and realised savings, with charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;all charts as XLSX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One Excel workbook with a sheet per chart, for the period and filters chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledelse %1 to %2.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing every chart and writing the workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All charts are saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee&apos;s status note covers every team, so it is made by an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::LockScreen</name>
    <message>
        <source>Locked — type your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1. The screen locked after a while without use, to protect the citizens&apos; data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as &amp;someone else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::LoginDialog</name>
    <message>
        <source>Bostøtte — log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your user name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::MainWindow</name>
    <message>
        <source>Bostøtte – demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bostøtte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database (deleted on exit): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The undo history has been cleared, so that it matches what is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New citizen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Bostøtte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Bostøtte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bostøtte %1&lt;/h3&gt;&lt;p&gt;Documentation and planning for socio-pedagogical housing support (bostøtte): citizens, grants under § 82 a, § 82 b and § 85, support forms, and goals with KL&apos;s Fælles Faglige Begreber.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizens&apos; &amp;rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::MultiChoiceButton</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n chosen</numerusform>
            <numerusform>%n chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::MyDayPage</name>
    <message>
        <source>Open the counselling desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No-show…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by c&amp;itizen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in ca&amp;lendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ci&amp;tizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My day – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-call phone today: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is down for the on-call phone today (see the rota).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are above to see your appointments and duties today. The choice is remembered on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No appointments today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling desk at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counselling desk at %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) today</source>
        <translation>
            <numerusform>%n visit today</numerusform>
            <numerusform>%n visits today</numerusform>
        </translation>
    </message>
    <message>
        <source>No duties on the rota today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your duties today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an appointment first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not answer the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor&apos;s appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not have the energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write note…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::NewAccountDialog</name>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no staff member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the first password to the user in person. They choose their own at the first login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::NoteEditorDialog</name>
    <message>
        <source>Journal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen has no active delmål. Goals are set up on the citizen&apos;s Goals tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and si&amp;gn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &amp;addendum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what did the citizen do, what was agreed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support &amp;form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S or Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close; what you have written is kept as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and sign: the note is locked at once (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to save the note. What you write is kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the note&apos;s author can sign it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group session is documented in its attendance register (Groups ▸ Sessions ▸ Attendance and note), which writes the note into each present member&apos;s journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum to the note written %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a citizen to write a note for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Linked to the note&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Progress&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;New level&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This theme has no funktionsevneniveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates for this support form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template to insert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed %1: the note is locked. A correction is written as an addendum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked since %1 (24 hours after writing). A correction is written as an addendum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group note is changed from the group session&apos;s attendance register until it locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved draft from %1 was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved draft was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is locked; write an addendum to correct it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note was saved but not signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::NoteHistoryDialog</name>
    <message>
        <source>Note history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every saved version of the note is kept. Choose one to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::OpeningHoursEdit</name>
    <message>
        <source>&amp;Add period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No opening hours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::OrganisationPanel</name>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::OutcomeReasonDialog</name>
    <message>
        <source>Not at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not open the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answering the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor or hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not want the visit today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or write a reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or write a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::PassphraseDialog</name>
    <message>
        <source>Passphrase for the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &lt;b&gt;%1&lt;/b&gt; for %2 is saved. It can only be opened with this passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not stored anywhere, not in the file and not on this computer. Give it to the recipient separately from the file: read it aloud or write it on paper. Never send it in the same mail as the file or put it on the same USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the passphrase, e.g. to paste it into a text message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::PhoneDialog</name>
    <message>
        <source>On-call phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To and including</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds the phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::PlanSessionsDialog</name>
    <message>
        <source>Number of &amp;meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan sessions of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;acilitator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::ReassignDialog</name>
    <message>
        <source>Reassign task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Give to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary password for %1 (%2). They must choose their own at the next login; the account is also unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;epeat password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is restored to a new file; the database open now is not changed. Erasures made since the backup are applied to the restored copy as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bostøtte backups (*.bstbackup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the six words, e.g. hest-bord-sol-kage-tog-mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bostøtte databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the backup passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the restored database is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already. Choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::RetentionPanel</name>
    <message>
        <source>Keep closed cases for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> years after the last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cases whose last activity (the record changed, a grant or support form ended, an appointment, a journal note) is older than that are due for erasure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPR number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed cases due for erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No closed cases are due for erasure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Closed cases are now kept %n year(s) after their last activity.</source>
        <translation>
            <numerusform>Closed cases are now kept %n year after their last activity.</numerusform>
            <numerusform>Closed cases are now kept %n years after their last activity.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Erase %n selected…</source>
        <translation>
            <numerusform>&amp;Erase %n selected…</numerusform>
            <numerusform>&amp;Erase %n selected…</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick the cases to erase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erased %n citizen(s)</source>
        <translation>
            <numerusform>Erased %n citizen</numerusform>
            <numerusform>Erased %n citizens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n record(s)).</source>
        <translation>
            <numerusform> (%n record).</numerusform>
            <numerusform> (%n records).</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention period expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::ReviewDialog</name>
    <message>
        <source>No next review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of indsatsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the citizen and you found: what has been reached, what is still hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status on the &amp;effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal &amp;outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when the goal ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::RightsPage</name>
    <message>
        <source>&amp;Access and erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::RoleDialog</name>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::RotaPage</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekend duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekend backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-call phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter on a cell to change who it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekend rotation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone for a period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support runs every day. On a weekend day without a named phone holder, the person on weekend duty holds the on-call phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (weekend duty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no longer listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekend rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who on %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page size could not be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rota as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rota-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::RotationDialog</name>
    <message>
        <source>Weekend rotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weekends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of weekends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the staff in the rotation and put them in turn order. Each weekend the next one is on duty and the one after is backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::ServerPassword</name>
    <message>
        <source>No password was given for the database server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::ServerPasswordDialog</name>
    <message>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server asks for a password.

User %1 on the server %2, database %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept only while Bostøtte runs; it is never saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::SessionPlanDialog</name>
    <message>
        <source>Session on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Budget for the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the members should be able to do afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Learning goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this program knows up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a demo database with fictitious citizens. It was generated when the program started and is deleted when the program closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All data is kept in the database file above, on this computer only. It holds personal data (CPR numbers, goals, support), so a copy of it must be kept as safely as the original: on an encrypted drive, never by e-mail. Back up the file while the program is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;taff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;eams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ec&amp;onomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All data is kept on the database server above, shared with the colleagues who use it. It holds personal data (CPR numbers, goals, support); the IT department backs it up and decides who may reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the data is under the Database tab, or start the program with --db FILE (or a postgresql:// address) to use another database once, and with --lang da or --lang en to choose the language.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::SiteDialog</name>
    <message>
        <source>New site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. AUC Grenaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rådgivning: how long one walk-in visit may take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rådgivning: the length of a bookable time; 0 means walk-in only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time per visit (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookable slots (minutes, 0 = walk-in only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::SitesPanel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sites yet. Add the places where support is given, e.g. AUC Grenaa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit site %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::SnoozeDialog</name>
    <message>
        <source>Snooze task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. &quot;The citizen is in hospital until then&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze &amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::StaffDialog</name>
    <message>
        <source>New staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. MKJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::StaffPanel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff yet. Add the people who give support, with their initials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New staff member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New staff member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit staff member %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::StatusNoteDialog</name>
    <message>
        <source>Status note for the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status note %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editable document (ODT, opens in Word and LibreOffice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF and editable document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note shows the citizens per support form, legal basis, site and group on the note&apos;s date and the change since the date compared with, and for the period between them the no-shows, the indsatsmål reached and the realised savings, with charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Make note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date to compare with must lie before the note&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file for the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the charts and writing the note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is written, but its date could not be remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is saved in %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Norddjurs Kommune, Socialpsykiatrien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::SubGoalDialog</name>
    <message>
        <source>New delmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit delmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the citizen does, concretely, e.g. &quot;Opens e-Boks with support every Monday&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indsatsmål</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;riterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::SyncExportPanel</name>
    <message>
        <source>&amp;Save file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the changes to an encrypted file you can carry on a USB stick or mail to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the changes made on this computer to another one. The file is encrypted: without the passphrase, which you get when the file is saved, it is useless to anyone who finds the USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed computer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new computer (sends everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computers this one has exchanged files with could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything on this computer goes in the file. Use this for a computer that has never received a file from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change %1 has not confirmed receiving goes in the file, so a file that was lost is made good by the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last file from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of changes is counted while the file is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bostøtte sync file (*.bstt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. There were no changes %2 lacks; the file still tells it what this computer holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n change(s) for %1 in %2 (%3).</source>
        <translation>
            <numerusform>Saved %n change for %1 in %2 (%3).</numerusform>
            <numerusform>Saved %n changes for %1 in %2 (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bs::SyncHistoryModel</name>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes whose clock was more than 24 hours off: kept as conflicts, not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::SyncImportPanel</name>
    <message>
        <source>C&amp;hoose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;what changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The six words, e.g. hest bord sol kage tog mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces, dashes and capital letters do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the file and shows what would change. Nothing is imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup of the data is taken first; then every change is imported at once, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in the changes from a file another computer saved. You see what would change before anything is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted here but edited there, so they come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conflicts to look at afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes that will show two versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records erased by law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes already here (skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bostøtte sync file (*.bstt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was saved on this computer (%1). Importing it brings nothing new; choose the file from the other computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a computer this one has not received files from before (%1), saved %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1, saved %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase you were given with the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From %1, saved %2: %n change(s) in the file.</source>
        <translation>
            <numerusform>From %1, saved %2: %n change in the file.</numerusform>
            <numerusform>From %1, saved %2: %n changes in the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>an unnamed computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The other computer&apos;s clock was more than 24 hours behind (%n change(s)). Check the date and time on it.</source>
        <translation>
            <numerusform>The other computer&apos;s clock was more than 24 hours behind (%n change). Check the date and time on it.</numerusform>
            <numerusform>The other computer&apos;s clock was more than 24 hours behind (%n changes). Check the date and time on it.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file was imported before. Importing it again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking a backup and importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1: %2 new, %3 changed, %4 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to look at under Conflicts.</source>
        <translation>
            <numerusform>%n conflict to look at under Conflicts.</numerusform>
            <numerusform>%n conflicts to look at under Conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <source>The data as it was before is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) carry a time more than 24 hours ahead of this computer&apos;s clock. They are applied, but where they change an address, a date or a status, the change is listed under Conflicts to check.</source>
        <translation>
            <numerusform>%n change carry a time more than 24 hours ahead of this computer&apos;s clock. They are applied, but where they change an address, a date or a status, the change is listed under Conflicts to check.</numerusform>
            <numerusform>%n changes carry a time more than 24 hours ahead of this computer&apos;s clock. They are applied, but where they change an address, a date or a status, the change is listed under Conflicts to check.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bs::SyncPage</name>
    <message>
        <source>S&amp;end changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kontoret or Alunden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other computers see this name on the files you send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files sent or received yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this computer a name the others will recognise, e.g. Kontoret or Alunden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Files from this computer now say &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::TaskDoneDialog</name>
    <message>
        <source>Task done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done, e.g. &quot;Called, new time agreed&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::TeamDialog</name>
    <message>
        <source>New team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Bostøtten Grenaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::TeamsPanel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No teams yet. Add a team, then place staff members in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit team %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::UndoContext</name>
    <message>
        <source>Could not undo &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not redo &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::WhoAmICombo</name>
    <message>
        <source>(choose who you are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows your login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bs::WorkbookExport</name>
    <message>
        <source>The export was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Bostøtte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a generated demo database (deleted on exit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: da or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bostøtte could not start.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database FILE, or the PostgreSQL server postgresql://user@host:port/database?sslmode=…&amp;schema=…, this time (default: Settings ▸ Database, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
