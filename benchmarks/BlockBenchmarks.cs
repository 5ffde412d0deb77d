using System;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ProcGen.Benchmarks.Baselines;
using ProcGen.Specs;

namespace ProcGen.Benchmarks;

/// <summary>
/// A file of blocks: <c>{pid}/smaps</c> of a large process (this benchmark's own .NET process: hundreds of mappings,
/// about 25 lines each), captured once in setup and parsed from memory into a table of <see cref="MemoryMappingUsage"/>
/// — against the naive parser (split into lines, a dictionary of sizes per mapping). Divide the allocation by
/// <see cref="Mappings"/> for the cost per mapping; the README does. The point is that ProcGen allocates per
/// mapping (the record, its <c>maps</c> line record and path), not per line.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class BlockBenchmarks
{
    // Captured once per process: the benchmarks run in-process, and each case's setup would otherwise see a process
    // that has grown a few dozen mappings since the last one.
    private static readonly Lazy<byte[]> s_capturedSmaps = new(() => File.ReadAllBytes("/proc/self/smaps"));

    private byte[] _smaps = null!;
    private string _smapsText = null!;

    /// <summary>Mappings in the captured smaps (printed in setup; the process's own, so it moves a little between runs).</summary>
    public int Mappings { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _smaps = s_capturedSmaps.Value;
        _smapsText = Encoding.UTF8.GetString(_smaps);
        Mappings = MemoryMappingUsage.ParseTable(_smaps).Count;
        int lines = _smapsText.AsSpan().Count('\n');
        Console.WriteLine($"// smaps input: {Mappings} mappings, {lines} lines, {_smaps.Length} bytes");
    }

    [Benchmark(Baseline = true), BenchmarkCategory("smaps")]
    public object Smaps_Naive() => NaiveBlockParsers.Smaps(_smapsText);

    [Benchmark, BenchmarkCategory("smaps")]
    public ProcTable<MemoryMappingUsage> Smaps_ProcGen() => MemoryMappingUsage.ParseTable(_smaps);

    /// <summary>Entry by entry, without a list: what <c>process.EnumerateSmaps()</c> does over a file.</summary>
    [Benchmark, BenchmarkCategory("smaps")]
    public ulong Smaps_ProcGen_Enumerated()
    {
        ulong pss = 0;
        foreach (var entry in MemoryMappingUsage.EnumerateRows(_smaps))
            pss += entry.Pss;
        return pss;
    }
}
