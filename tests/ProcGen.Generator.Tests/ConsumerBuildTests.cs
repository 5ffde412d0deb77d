using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace ProcGen.Generator.Tests;

/// <summary>
/// What a user sees: <c>dotnet build</c> of a consumer project (<c>tests/Samples/BrokenDeclaration</c>, which references
/// the runtime and the generator as an analyzer) prints each PGxxxx at <c>File.cs(line,col)</c>, honours
/// <c>#pragma warning disable</c> and <c>.editorconfig</c>, and still generates the declarations without errors.
/// </summary>
public class ConsumerBuildTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(150);

    [Fact]
    public void BrokenDeclaration_BuildPrintsDiagnosticsAtFileLineAndColumn()
    {
        var project = Path.Combine(DocumentationTests.RepositoryRoot(), "tests", "Samples", "BrokenDeclaration");
        var source = File.ReadAllLines(Path.Combine(project, "Broken.cs"));

        var (exitCode, output) = Build(project);

        Assert.True(exitCode != 0, "The build should fail on PG0001:\n" + output);
        var reported = Regex.Matches(output, @"Broken\.cs\((\d+),(\d+)\): (error|warning) (PG\d{4}):")
            .Select(m => (Line: int.Parse(m.Groups[1].Value), Column: int.Parse(m.Groups[2].Value), Severity: m.Groups[3].Value, Id: m.Groups[4].Value))
            .Distinct()  // MSBuild repeats them in its summary
            .OrderBy(d => d.Line)
            .ToList();

        Assert.Equal(new[] { At(source, "public sealed record Loadavg", "Loadavg", "error", "PG0001"), At(source, "public ulong MemFree", "MemFree", "warning", "PG0008") }, reported);
        // The pragma-silenced PG0008 on Note and the .editorconfig-silenced PG0020 are absent (above); nothing else
        // failed: the intact declaration was generated and the code that calls its accessor compiled.
        Assert.DoesNotMatch(@"error CS\d{4}", output);
    }

    private static (int Line, int Column, string Severity, string Id) At(string[] source, string lineText, string token, string severity, string id)
    {
        int line = Array.FindIndex(source, l => l.Contains(lineText, StringComparison.Ordinal));
        Assert.True(line >= 0, $"'{lineText}' is not in the sample");
        return (line + 1, source[line].IndexOf(token, StringComparison.Ordinal) + 1, severity, id);
    }

    private static (int ExitCode, string Output) Build(string project)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // No build servers left behind, no shared compiler: the test owns every process it starts.
        foreach (var argument in new[] { "build", "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-clp:NoSummary" })
            start.ArgumentList.Add(argument);
        // The MSBuild that runs `dotnet test` passes its own settings down; the sample gets a clean build.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(s_timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet build did not finish in {s_timeout.TotalSeconds} s");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
