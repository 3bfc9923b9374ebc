extension AttributePair {
    /// The first failure of the system register's chain for this pair, or nil when it names a
    /// delegable catalogue resource.
    public var registerProblem: RightContentProblem? {
        guard namesResource else { return .attributeIdNotResource }
        guard let resource = ResourceCatalogue.resource(id: value) else { return .unknownResource }
        return resource.isDelegable ? nil : .resourceNotDelegable
    }
}

extension Right {
    /// Each pair's problem (`AttributePair.registerProblem`), in order, for the pairs that have one.
    public var registerProblems: [(pair: AttributePair, problem: RightContentProblem)] {
        resource.compactMap { pair in pair.registerProblem.map { (pair, $0) } }
    }

    /// The rights that duplicate an earlier one (equal pairs **and** equal `action`: `AUTH.VLD-00006`), in order.
    public static func duplicates(in rights: [Right]) -> [Right] {
        var result: [Right] = []
        for (index, right) in rights.enumerated()
        where rights[..<index].contains(where: { right.isDuplicate(of: $0) }) {
            result.append(right)
        }
        return result
    }

    /// `rights` with every right that equals an earlier one as a set of pairs removed (the first is kept,
    /// with its `action`): duplicate requested rights are collapsed (`requests.md` §4.4 step 10).
    public static func collapsingDuplicates(_ rights: [Right]) -> [Right] {
        var seen = Set<Right>()
        return rights.filter { seen.insert($0).inserted }
    }

    /// The subset check of a request (`requests.md` §4.4 step 10): the `value`s of every pair of every
    /// requested right that equals none of `offered` as a set of pairs, in order, without repeats
    /// (extension `notFoundRights` of `AUTH-00001`). Empty when every requested right is offered.
    public static func notFoundValues(requested: [Right], offered: [Right]) -> [String] {
        let offeredSet = Set(offered)
        var seen = Set<String>()
        var values: [String] = []
        for right in requested where !offeredSet.contains(right) {
            for pair in right.resource where seen.insert(pair.value).inserted { values.append(pair.value) }
        }
        return values
    }
}
