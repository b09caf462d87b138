using TelnetTui.Telnet.Engine;
using static TelnetTui.Telnet.Tests.Infrastructure.Bytes;

namespace TelnetTui.Telnet.Tests.Engine;

/// <summary>
/// The send path hands its output over in pooled buffers (<see cref="TelnetEngine.LeaseOutput"/>): the bytes
/// are the same as <see cref="TelnetEngine.TakeOutput"/> gives, and steady sending allocates no array per send.
/// </summary>
public class OutputLeaseTests
{
    private const int Sends = 1_000;
    private const int PayloadSize = 200;

    [Fact]
    public void A_lease_holds_the_escaped_output_and_clears_it()
    {
        var engine = new TelnetEngine();
        engine.SendData(B("\"a\" IAC \"b\""));
        using (var lease = engine.LeaseOutput())
        {
            // RFC 854: a data byte 255 is sent doubled.
            Assert.Equal(B("\"a\" IAC IAC \"b\""), lease.Memory.ToArray());
            Assert.Equal(4, lease.Length);
        }
        Assert.False(engine.HasPendingOutput);
        using var empty = engine.LeaseOutput();
        Assert.Equal(0, empty.Length);
        Assert.True(empty.Memory.IsEmpty);
    }

    [Fact]
    public void Steady_sending_through_leases_allocates_no_array_per_send()
    {
        var engine = new TelnetEngine();
        var payload = new byte[PayloadSize];
        Array.Fill(payload, (byte)'x');
        SendThroughLeases(engine, payload); // warm the pool and the engine's buffer

        var before = GC.GetAllocatedBytesForCurrentThread();
        var sent = SendThroughLeases(engine, payload);
        var leased = GC.GetAllocatedBytesForCurrentThread() - before;

        before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Sends; i++)
        {
            engine.SendData(payload);
            _ = engine.TakeOutput();
        }
        var copied = GC.GetAllocatedBytesForCurrentThread() - before;

        // Less than one payload in all: a fresh array per send would be Sends × PayloadSize bytes.
        Assert.Equal((long)Sends * PayloadSize, sent);
        Assert.True(leased < PayloadSize, $"{Sends} leased sends allocated {leased} bytes");
        Assert.True(copied >= (long)Sends * PayloadSize, $"TakeOutput allocated only {copied} bytes");
    }

    private static long SendThroughLeases(TelnetEngine engine, byte[] payload)
    {
        long total = 0;
        for (var i = 0; i < Sends; i++)
        {
            engine.SendData(payload);
            using var lease = engine.LeaseOutput();
            total += lease.Length;
        }
        return total;
    }
}
