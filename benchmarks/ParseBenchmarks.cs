using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ProcGen.Benchmarks.Baselines;
using ProcGen.Benchmarks.Infrastructure;
using ProcGen.Specs;

namespace ProcGen.Benchmarks;

/// <summary>
/// Parse-only: the bytes are already in memory. The naive baseline gets its string for free too (decoding is
/// measured separately in <see cref="ReadBenchmarks"/>), which favours it.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ParseBenchmarks
{
    private byte[] _meminfo = null!, _stat = null!, _status = null!;
    private string _meminfoText = null!, _statText = null!, _statusText = null!;

    [GlobalSetup]
    public void Setup()
    {
        _meminfo = Inputs.Bytes("meminfo");
        _stat = Inputs.Bytes(Inputs.SelfPid + "/stat");
        _status = Inputs.Bytes(Inputs.SelfPid + "/status");
        (_meminfoText, _statText, _statusText) = (Encoding.UTF8.GetString(_meminfo), Encoding.UTF8.GetString(_stat), Encoding.UTF8.GetString(_status));
    }

    [Benchmark(Baseline = true), BenchmarkCategory("meminfo")]
    public object Meminfo_Naive() => NaiveParsers.Meminfo(_meminfoText);

    [Benchmark, BenchmarkCategory("meminfo")]
    public Meminfo Meminfo_ProcGen() => Meminfo.Parse(_meminfo);

    [Benchmark(Baseline = true), BenchmarkCategory("stat")]
    public object Stat_Naive() => NaiveParsers.ProcessStat(_statText);

    [Benchmark, BenchmarkCategory("stat")]
    public ProcessStat Stat_ProcGen() => ProcessStat.Parse(_stat);

    [Benchmark(Baseline = true), BenchmarkCategory("status")]
    public object Status_Naive() => NaiveParsers.ProcessStatusTyped(_statusText);

    [Benchmark, BenchmarkCategory("status")]
    public ProcessStatus Status_ProcGen() => ProcessStatus.Parse(_status);
}
