using System;
using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ProcGen.Specs;

namespace ProcGen.Benchmarks;

/// <summary>
/// Every process of the live system with the facts a process lister shows, against
/// <see cref="Process.GetProcesses()"/> asked for the same facts. Process counts drift between iterations (builds,
/// short-lived helpers), so each benchmark returns how many it saw and the README records the count.
/// </summary>
/// <remarks>
/// <c>stat</c>: pid, parent, name, state, start time, CPU times, virtual size and RSS: <see cref="ProcessInfo"/> reads
/// only <c>stat</c>. <c>stat+status</c> adds the effective uid and the peak resident set (<c>VmHWM</c>), which only
/// <c>status</c> holds. <see cref="Process"/> reads <c>stat</c> for its name and times and <c>status</c> for memory; it
/// has no parent pid or uid, so the comparison favours it.
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ProcessBenchmarks
{
    private readonly ProcFs _fs = ProcFs.Default;

    [Benchmark(Baseline = true), BenchmarkCategory("stat")]
    public long Stat_SystemDiagnosticsProcess()
    {
        long sum = 0;
        foreach (var process in Process.GetProcesses())
        {
            using (process)
            {
                try
                {
                    sum += process.Id + process.ProcessName.Length + process.TotalProcessorTime.Ticks + process.StartTime.Ticks
                           + process.VirtualMemorySize64 + process.WorkingSet64;
                }
                catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
                {
                    // Exited while we looked: the same race ProcGen counts as vanished.
                }
            }
        }
        return sum;
    }

    [Benchmark, BenchmarkCategory("stat")]
    public long Stat_ProcGen()
    {
        long sum = 0;
        foreach (var process in _fs.EnumerateProcesses())
        {
            sum += process.Pid + process.ParentPid + process.Comm.Length + process.CpuTime.Ticks + (long)process.StartTimeTicks
                   + (long)process.VirtualMemorySize + (long)process.RssBytes + (int)process.State;
        }
        return sum;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("stat+status")]
    public long StatStatus_SystemDiagnosticsProcess()
    {
        long sum = 0;
        foreach (var process in Process.GetProcesses())
        {
            using (process)
            {
                try
                {
                    sum += process.Id + process.ProcessName.Length + process.TotalProcessorTime.Ticks + process.StartTime.Ticks
                           + process.VirtualMemorySize64 + process.WorkingSet64 + process.PeakWorkingSet64;
                }
                catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
                {
                }
            }
        }
        return sum;
    }

    [Benchmark, BenchmarkCategory("stat+status")]
    public long StatStatus_ProcGen()
    {
        long sum = 0;
        foreach (var process in _fs.EnumerateProcesses())
        {
            sum += process.Pid + process.ParentPid + process.Comm.Length + process.CpuTime.Ticks + (long)process.StartTimeTicks
                   + (long)process.VirtualMemorySize + (long)process.RssBytes + (int)process.State;
            if (process.Status.TryGetValue(out var status))
                sum += status.Uid.Effective + (long)(status.VmHwm ?? 0);
        }
        return sum;
    }
}
