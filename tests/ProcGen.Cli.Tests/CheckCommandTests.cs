using System;
using System.IO;
using System.Linq;
using System.Text;
using ProcGen.Cli.Commands;
using ProcGen.Specs;

namespace ProcGen.Cli.Tests;

public class CheckCommandTests
{
    private static readonly string[] FixtureFiles = ["meminfo", "42/stat", "42/status", "42/comm"];

    // The catalog grows while the CLI does not change: count what it declares among the fixture's files.
    private static int DeclaredAmong(params string[] paths) => paths.Count(p => Catalog.Find(p) is not null);

    [Fact]
    public void Parses_every_declared_file_and_summarizes()
    {
        using var root = FixtureRoot.WithProcess42().Link("self", "42");

        var result = Cli.Run("check", "--root", root.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"ok    {root.Path}/meminfo\n", result.Stdout);
        Assert.Contains($"ok    {root.Path}/42/stat\n", result.Stdout);
        // self is the same process as 42: checked once, through its pid.
        Assert.DoesNotContain("/self/", result.Stdout);
        Assert.EndsWith($"{DeclaredAmong(FixtureFiles)} ok, 0 failed, 0 vanished, 0 denied\n", result.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Malformed_file_fails_with_its_position_and_exit_code_1()
    {
        using var root = FixtureRoot.WithProcess42().Write("43/stat", "43 (broken) S not-a-pid\n");

        var result = Cli.Run("check", "--root", root.Path);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"FAIL  {root.Path}/43/stat:1:", result.Stdout);
        Assert.Contains($"{DeclaredAmong(FixtureFiles)} ok, 1 failed, 0 vanished, 0 denied", result.Stdout);
    }

    [Fact]
    public void Binfmt_misc_status_and_register_are_not_checked_as_entries()
    {
        using var root = new FixtureRoot()
            .Write("sys/fs/binfmt_misc/status", "enabled\n")
            .Write("sys/fs/binfmt_misc/register", "")
            .Write("sys/fs/binfmt_misc/wine", "enabled\ninterpreter /usr/bin/wine\nflags: \nextension .exe\n");

        var result = Cli.Run("check", "--root", root.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"ok    {root.Path}/sys/fs/binfmt_misc/status\n", result.Stdout);
        Assert.Contains($"ok    {root.Path}/sys/fs/binfmt_misc/wine\n", result.Stdout);
        Assert.DoesNotContain("register", result.Stdout);
        Assert.EndsWith("2 ok, 0 failed, 0 vanished, 0 denied\n", result.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Per_process_security_labels_auxv_and_ksm_files_are_checked_but_mem_pagemap_clear_refs_are_not()
    {
        using var root = new FixtureRoot()
            .Write("42/attr/current", "system_u:system_r:init_t:s0\0")
            .Write("42/attr/exec", "")
            .Write("42/ksm_stat", "ksm_rmap_items 0\nksm_zero_pages 0\nksm_merging_pages 0\nksm_process_profit 0\nksm_merge_any: no\nksm_mergeable: no\n")
            .WriteBytes("42/auxv", System.Runtime.InteropServices.MemoryMarshal.AsBytes(new ulong[] { 6, 4096, 0, 0 }.AsSpan()).ToArray())
            .Write("42/mem", "")
            .Write("42/pagemap", "")
            .Write("42/clear_refs", "");

        var result = Cli.Run("check", "--root", root.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"ok    {root.Path}/42/attr/current\n", result.Stdout);
        Assert.Contains($"ok    {root.Path}/42/attr/exec\n", result.Stdout);
        Assert.Contains($"ok    {root.Path}/42/ksm_stat\n", result.Stdout);
        Assert.Contains($"ok    {root.Path}/42/auxv\n", result.Stdout);
        Assert.DoesNotContain("mem", result.Stdout);
        Assert.DoesNotContain("pagemap", result.Stdout);
        Assert.DoesNotContain("clear_refs", result.Stdout);
        Assert.EndsWith("4 ok, 0 failed, 0 vanished, 0 denied\n", result.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Quiet_prints_only_failures_and_the_summary()
    {
        using var root = FixtureRoot.WithProcess42().Write("43/stat", "garbage\n");

        var lines = Cli.Run("check", "--root", root.Path, "--quiet").Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, lines.Length);
        Assert.StartsWith("FAIL  ", lines[0]);
        Assert.Contains("1 failed", lines[1]);
    }

    [Fact]
    public void Files_absent_from_the_root_are_not_counted()
    {
        using var root = new FixtureRoot().Write("meminfo", Fixtures.Meminfo);

        var result = Cli.Run("check", "--root", root.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.EndsWith("1 ok, 0 failed, 0 vanished, 0 denied\n", result.Stdout.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Missing_root_exits_3()
    {
        var result = Cli.Run("check", "--root", "/nonexistent/procgen-test-root");

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains("/nonexistent/procgen-test-root", result.Stderr);
    }

    [Fact]
    public void Placeholders_after_the_pid_expand_to_the_directory_entries()
    {
        using var root = new FixtureRoot()
            .Write("42/fd/0", "a").Write("42/fd/1", "b").Write("43/fd/5", "c")
            .Write("notapid/fd/9", "skipped: not a process directory");
        var fd = new ProcFileInfo("{pid}/fd/{fd}", ProcFileFormat.SingleValue, ProcEntryKind.File, typeof(string),
            utf8 => Encoding.UTF8.GetString(utf8));
        var output = new StringWriter();

        var totals = CheckCommand.CheckFiles(new ProcFs(root.Path), [fd], quiet: false, output);

        Assert.Equal(new CheckCommand.CheckTotals(3, 0, 0, 0), totals);
        Assert.Contains($"ok    {root.Path}/42/fd/1", output.ToString());
        Assert.Contains($"ok    {root.Path}/43/fd/5", output.ToString());
    }

    [Fact]
    public void Exceptions_other_than_parse_errors_count_as_failures()
    {
        using var root = new FixtureRoot().Write("boom", "x");
        var buggy = new ProcFileInfo("boom", ProcFileFormat.SingleValue, ProcEntryKind.File, typeof(string),
            _ => throw new IndexOutOfRangeException("parser bug"));
        var output = new StringWriter();

        var totals = CheckCommand.CheckFiles(new ProcFs(root.Path), [buggy], quiet: true, output);

        Assert.Equal(1, totals.Failed);
        Assert.Contains("internal error: IndexOutOfRangeException: parser bug", output.ToString());
    }
}
