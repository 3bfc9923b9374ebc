/// Statement arguments, bound in order to the SQL's `?` parameters: `["310000001", 3, nil]`.
/// Values are always bound, never interpolated into SQL text. Small values (Int, Double,
/// String, [UInt8]) fit the existential's inline storage, so building the array is one allocation.
public typealias SQLiteArguments = [(any SQLiteValueConvertible)?]
