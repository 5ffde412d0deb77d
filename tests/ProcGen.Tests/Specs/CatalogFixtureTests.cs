using System;
using System.Collections.Generic;
using System.IO;
using ProcGen.Specs;

namespace ProcGen.Tests.Specs;

/// <summary>Every file of every captured kernel against the catalog: each one a declaration covers must parse.</summary>
public class CatalogFixtureTests
{
    public static TheoryData<string> Kernels()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Fixtures.Root))
            data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Kernels))]
    public void Every_captured_file_a_declaration_covers_parses(string kernel)
    {
        var fs = Fixtures.Fs(kernel);
        var parsed = new HashSet<Type>();
        var failures = new List<string>();
        foreach (var relativePath in CapturedEntries(Fixtures.KernelRoot(kernel)))
        {
            if (Catalog.Find(relativePath) is not { } file) continue;
            try
            {
                Assert.IsType(file.RecordType, fs.ReadBoxed(file, relativePath));
                parsed.Add(file.RecordType);
            }
            catch (ProcException e)
            {
                failures.Add($"{relativePath}: {e.Message}");
            }
        }
        Assert.Empty(failures);
        Assert.NotEmpty(parsed);
    }

    [Fact]
    public void Every_file_the_capture_script_takes_is_declared()
    {
        foreach (var relativePath in CapturedEntries(Fixtures.KernelRoot()))
        {
            if (relativePath == "KERNEL") continue;
            Assert.True(Catalog.Find(relativePath) is not null, $"{relativePath} has no declaration");
        }
    }

    [Fact]
    public void Every_declaration_of_the_foundation_catalog_has_a_fixture()
    {
        var covered = new HashSet<Type>();
        foreach (var relativePath in CapturedEntries(Fixtures.KernelRoot()))
            if (Catalog.Find(relativePath) is { } file) covered.Add(file.RecordType);

        Type[] foundation =
        [
            typeof(Meminfo), typeof(Vmstat), typeof(Loadavg), typeof(Uptime), typeof(KernelVersion), typeof(KernelCommandLine),
            typeof(ProcessStat), typeof(ProcessStatm), typeof(ProcessStatus), typeof(ProcessIo), typeof(ProcessComm),
            typeof(ProcessCmdline), typeof(ProcessEnviron), typeof(ProcessWchan), typeof(ProcessOomScore),
            typeof(ProcessOomScoreAdj), typeof(ProcessOomAdj), typeof(ProcessLoginUid), typeof(ProcessSessionId),
            typeof(ProcessPersonality), typeof(ProcessCoredumpFilter), typeof(ProcessExe), typeof(ProcessCwd),
            typeof(ProcessRoot), typeof(ProcessFd),
        ];
        foreach (var type in foundation)
            Assert.True(covered.Contains(type), $"{type.Name} has no fixture in {Fixtures.Linux618}");
    }

    [Fact]
    public void Self_resolves_through_the_catalog()
    {
        var file = Catalog.Find("self/status");
        Assert.NotNull(file);
        var status = Assert.IsType<ProcessStatus>(Fixtures.Fs().ReadBoxed(file, "self/status"));
        Assert.Equal(Fixtures.SleepPid, status.Pid);
    }

    /// <summary>
    /// Files and links under a captured root, relative and with '/' separators. Links are never followed: cwd and
    /// root point at real directories of the capturing machine (root is "/"), and self at a pid directory.
    /// </summary>
    private static IEnumerable<string> CapturedEntries(string root)
    {
        var pending = new Stack<DirectoryInfo>();
        pending.Push(new DirectoryInfo(root));
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            foreach (var entry in dir.EnumerateFileSystemInfos())
            {
                var relative = Path.GetRelativePath(root, entry.FullName).Replace(Path.DirectorySeparatorChar, '/');
                if (entry.LinkTarget is not null)
                {
                    if (relative != "self") yield return relative;
                }
                else if (entry is DirectoryInfo subdirectory)
                {
                    pending.Push(subdirectory);
                }
                else
                {
                    yield return relative;
                }
            }
        }
    }
}
