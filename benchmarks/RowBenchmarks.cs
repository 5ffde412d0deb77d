using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ProcGen.Benchmarks.Baselines;
using ProcGen.Benchmarks.Infrastructure;
using ProcGen.Specs;

namespace ProcGen.Benchmarks;

/// <summary>
/// Files of many rows, parsed from memory: <c>{pid}/maps</c> and <c>{pid}/mountinfo</c> into tables, against the
/// naive <c>Split</c> parsers. Divide the allocated bytes by <see cref="MapsRows"/> or <see cref="MountRows"/> for
/// the allocation per row; the README does.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RowBenchmarks
{
    /// <summary>The captured sleep process (pid 31138): 37 mappings, 20 mounts.</summary>
    public const string Pid = "31138";
    public const int MapsRows = 37, MountRows = 20;

    /// <summary>The captured kallsyms: its first 3000 lines.</summary>
    public const int KallsymsRows = 3000;

    private byte[] _maps = null!, _mountInfo = null!, _kallsyms = null!;
    private string _mapsText = null!, _mountInfoText = null!, _kallsymsText = null!;

    [GlobalSetup]
    public void Setup()
    {
        _maps = Inputs.Bytes(Pid + "/maps");
        _mountInfo = Inputs.Bytes(Pid + "/mountinfo");
        _kallsyms = Inputs.Bytes("kallsyms");
        (_mapsText, _mountInfoText, _kallsymsText) = (Encoding.UTF8.GetString(_maps), Encoding.UTF8.GetString(_mountInfo), Encoding.UTF8.GetString(_kallsyms));
    }

    [Benchmark(Baseline = true), BenchmarkCategory("maps")]
    public object Maps_Naive() => NaiveRowParsers.Maps(_mapsText);

    [Benchmark, BenchmarkCategory("maps")]
    public ProcTable<MemoryMapping> Maps_ProcGen() => MemoryMapping.ParseTable(_maps);

    [Benchmark(Baseline = true), BenchmarkCategory("mountinfo")]
    public object MountInfo_Naive() => NaiveRowParsers.MountInfo(_mountInfoText);

    [Benchmark, BenchmarkCategory("mountinfo")]
    public ProcTable<MountInfo> MountInfo_ProcGen() => MountInfo.ParseTable(_mountInfo);

    [Benchmark(Baseline = true), BenchmarkCategory("kallsyms")]
    public int Kallsyms_Naive() => NaiveRowParsers.KallsymsCount(_kallsymsText);

    /// <summary>Row by row without a list: a struct row, so only the name (and module) strings are allocated.</summary>
    [Benchmark, BenchmarkCategory("kallsyms")]
    public int Kallsyms_ProcGen_Enumerated()
    {
        int count = 0;
        foreach (var symbol in KernelSymbol.EnumerateRows(_kallsyms))
            if (symbol.Name.Length > 0) count++;
        return count;
    }
}
