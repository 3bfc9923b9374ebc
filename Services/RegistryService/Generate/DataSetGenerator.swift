import Dispatch
import JSON
import Synchronization

/// Writes the three files of a data set. First it draws what records must agree on (numbers, forms,
/// statuses, firms; a few bytes per unit), then writes the three files on three threads. Each file
/// depends only on the options, so the thread count and scheduling cannot change a byte.
struct DataSetGenerator: Sendable {
    struct Summary: Sendable {
        var enheter: Int
        var underenheter: Int
        var roles: Int
    }

    let options: GenerateOptions

    func run() throws(GenerateFailure) -> Summary {
        let directory = options.outputDirectory
        try OutputDirectory.create(directory)
        let seed = options.seed
        guard let numbers = UnitNumbers(enheter: options.units, underenheter: options.subunits, seed: seed) else {
            throw .numbersExhausted
        }
        var facts = EnhetFacts(numbers: numbers.enheter, seed: seed)
        let roster = FirmRoster(facts: &facts, numbers: numbers.enheter, seed: seed)
        let enheter = UnitFileJob(kind: .enheter, seed: seed, facts: facts, numbers: numbers,
                                  path: Self.path(directory, "enheter.json.gz"))
        let underenheter = UnitFileJob(kind: .underenheter, seed: seed, facts: facts, numbers: numbers,
                                       path: Self.path(directory, "underenheter.json.gz"))
        let roles = RoleFileJob(seed: seed, facts: facts, numbers: numbers.enheter, roster: roster,
                                path: Self.path(directory, "roller.json.gz"))
        let results = JobResults()
        let group = DispatchGroup()
        let jobs: [(JobResults.Job, @Sendable () throws(GenerateFailure) -> Int)] = [
            (.roles, roles.run), (.enheter, enheter.run), (.underenheter, underenheter.run),
        ]
        for (job, work) in jobs {
            DispatchQueue.global().async(group: group) {
                results.store(job, Result { () throws(GenerateFailure) in try work() })
            }
        }
        group.wait()
        let counts = (try results.value(.enheter), try results.value(.underenheter), try results.value(.roles))
        return Summary(enheter: counts.0, underenheter: counts.1, roles: counts.2)
    }

    static func path(_ directory: String, _ file: String) -> String {
        directory.hasSuffix("/") ? directory + file : directory + "/" + file
    }
}

/// The outcome of each writing thread.
private final class JobResults: Sendable {
    enum Job: Sendable { case enheter, underenheter, roles }

    private let outcomes = Mutex<[Job: Result<Int, GenerateFailure>]>([:])

    func store(_ job: Job, _ outcome: Result<Int, GenerateFailure>) {
        outcomes.withLock { $0[job] = outcome }
    }

    func value(_ job: Job) throws(GenerateFailure) -> Int {
        try outcomes.withLock { $0[job] }?.get() ?? 0
    }
}
