using System.Collections.Generic;

namespace ProcGen.Specs;

/// <summary>A process whose environment has every variable asked for, with their values.</summary>
public sealed record EnvironmentMatch(ProcessInfo Process, IReadOnlyDictionary<string, string> Variables);
