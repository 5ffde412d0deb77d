using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;

namespace ProcGen.Tests.Processes;

/// <summary>A child process a test starts and always ends (in <see cref="Dispose"/>, with its descendants).</summary>
internal sealed class ChildProcess : IDisposable
{
    private ChildProcess(Process process) => Process = process;

    public Process Process { get; }

    public int Pid => Process.Id;

    public static ChildProcess Start(string fileName, IEnumerable<string> arguments, IDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(fileName) { UseShellExecute = false };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        if (environment is not null)
            foreach (var (name, value) in environment) info.Environment[name] = value;
        if (workingDirectory is not null) info.WorkingDirectory = workingDirectory;
        return new ChildProcess(Process.Start(info) ?? throw new InvalidOperationException($"could not start {fileName}"));
    }

    public static ChildProcess Sleep(int seconds = 60) => Start("/bin/sleep", [seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)]);

    public static ChildProcess Shell(string script) => Start("/bin/sh", ["-c", script]);

    /// <summary>Polls <paramref name="condition"/> until it holds; fails the test after <paramref name="seconds"/>.</summary>
    public static void WaitUntil(Func<bool> condition, string what, double seconds = 10)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed.TotalSeconds > seconds) throw new Xunit.Sdk.XunitException($"timed out after {seconds} s waiting until {what}");
            Thread.Sleep(10);
        }
    }

    public void Dispose()
    {
        try
        {
            if (!Process.HasExited) Process.Kill(entireProcessTree: true);
            Process.WaitForExit(5000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        Process.Dispose();
    }
}
