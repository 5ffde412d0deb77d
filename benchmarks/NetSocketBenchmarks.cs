using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using ProcGen.Specs;

namespace ProcGen.Benchmarks;

/// <summary>
/// A busy server's <c>/proc/net/tcp</c>: 100k established sockets in the format of <c>get_tcp4_sock</c>, written
/// to a temporary proc root and streamed from the file row by row (<c>fs.EnumerateTcp()</c>, no list) against a
/// naive <c>File.ReadLines</c> + <c>Split</c> parser that makes an <see cref="IPEndPoint"/> per address. Each
/// benchmark declares <c>OperationsPerInvoke = Rows</c>, so the Mean and Allocated columns are <b>per row</b>.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class NetSocketBenchmarks
{
    public const int Rows = 100_000;

    private string _root = null!;
    private ProcFs _fs = null!;

    [GlobalSetup]
    public void Setup()
    {
        _root = Directory.CreateTempSubdirectory("procgen-bench-net-").FullName;
        Directory.CreateDirectory(Path.Combine(_root, "net"));
        File.WriteAllText(Path.Combine(_root, "net", "tcp"), GenerateTcp(Rows));
        _fs = new ProcFs(_root);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark(Baseline = true, OperationsPerInvoke = Rows), BenchmarkCategory("net/tcp stream")]
    public ulong Tcp_Naive()
    {
        ulong sum = 0;
        foreach (var line in File.ReadLines(Path.Combine(_root, "net", "tcp")))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 10 || parts[0] == "sl") continue;
            var local = Endpoint(parts[1]);
            var remote = Endpoint(parts[2]);
            int state = int.Parse(parts[3], NumberStyles.HexNumber);
            var queues = parts[4].Split(':');
            ulong rx = ulong.Parse(queues[1], NumberStyles.HexNumber);
            ulong inode = ulong.Parse(parts[9], CultureInfo.InvariantCulture);
            sum += inode + rx + (ulong)state + (ulong)local.Port + (ulong)remote.Port;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Rows), BenchmarkCategory("net/tcp stream")]
    public ulong Tcp_ProcGen()
    {
        ulong sum = 0;
        foreach (var row in _fs.EnumerateTcp())
            sum += row.Inode + row.ReceiveQueue + (ulong)row.State + row.Local.Port + row.Remote.Port;
        return sum;
    }

    private static IPEndPoint Endpoint(string text)
    {
        var halves = text.Split(':');
        uint word = uint.Parse(halves[0], NumberStyles.HexNumber);
        return new IPEndPoint(new IPAddress(BitConverter.GetBytes(word)), int.Parse(halves[1], NumberStyles.HexNumber));
    }

    /// <summary>The same shape as the spec tests' generator: 127.0.0.1 to (10.0.0.0 + row):443, established.</summary>
    private static string GenerateTcp(int rows)
    {
        var text = new StringBuilder(rows * 160);
        text.Append("  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode                                                     \n");
        for (int i = 0; i < rows; i++)
        {
            uint printed = (uint)IPAddress.HostToNetworkOrder((int)(0x0A000000u + (uint)i));
            text.Append(CultureInfo.InvariantCulture, $"{i,4}: 0100007F:{(ushort)(32768 + i % 28000):X4} {printed:X8}:01BB 01 {i % 7:X8}:{i % 5:X8} {(i % 3 == 0 ? 2 : 0):X2}:{i * 3:X8} 00000000  1000        0 {1000 + i} 1 0000000000000000 20 4 30 10 -1                 \n");
        }
        return text.ToString();
    }
}
