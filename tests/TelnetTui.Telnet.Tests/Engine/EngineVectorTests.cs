using TelnetTui.Telnet.Tests.Infrastructure;

namespace TelnetTui.Telnet.Tests.Engine;

/// <summary>
/// The engine vectors in Vectors/Engine: received bytes give exactly the listed events and the listed
/// bytes sent back, fed whole, split at every position, and one byte at a time.
/// </summary>
public class EngineVectorTests
{
    public static TheoryData<string> Vectors() => VectorFile.Names("Engine");

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Vector_gives_its_events_and_replies_however_it_is_chunked(string name)
    {
        var vector = VectorFile.Load("Engine", name);
        var expected = (vector.ExpectedEvents.Select(Transcript.Canonical).ToList(), vector.ExpectedOutput);
        Chunkings.AssertAllEqual(vector.Input, expected, pieces => Run(vector, pieces),
            (a, b) => a.Item1.SequenceEqual(b.Item1) && a.Item2.AsSpan().SequenceEqual(b.Item2),
            r => Transcript.Describe(r.Item1) + "sent: " + ByteTokens.Quote(r.Item2));
    }

    private static (List<string>, byte[]) Run(VectorFile vector, byte[][] pieces)
    {
        var harness = new EngineHarness(EngineHarness.SettingsFor(vector));
        if (vector.Has("start"))
        {
            harness.Engine.Start();
            harness.TakeOutput();
        }
        foreach (var piece in pieces)
            harness.Receive(piece);
        return (harness.Transcript.Events, harness.Output.ToArray());
    }
}
