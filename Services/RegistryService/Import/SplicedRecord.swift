/// A record taken by one of the import's fast paths (`UnitRecordSplicer`, `RoleRecordSplicer`), already
/// read by its reader's rules; the checks against the numbers seen so far are left (`RecordPreparer`).
enum SplicedRecord {
    case unit(ImportedUnit)
    case roles(ImportedRoles)
}
