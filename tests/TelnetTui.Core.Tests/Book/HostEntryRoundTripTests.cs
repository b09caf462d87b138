using FsCheck;
using FsCheck.Fluent;
using TelnetTui.Core.Book;
using TelnetTui.Core.Settings;
using TelnetTui.Core.Tests.Support;

namespace TelnetTui.Core.Tests.Book;

/// <summary>
/// Any valid host entry a dialog can produce is saved and read back unchanged, and editing it
/// into any other valid entry gives exactly that entry — whatever fields differ.
/// </summary>
public class HostEntryRoundTripTests
{
    private static Gen<HostEntry> Entries() => Gen.Choose(0, int.MaxValue - 1).Select(RandomEntry);

    [Fact]
    public void Added_entry_reads_back_unchanged() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(Entries().ToArbitrary(), entry =>
        {
            var fs = new InMemoryFileSystem();
            var book = ConnectionBook.Open("/b.toml", fs);
            book.Add(entry);
            var reread = ConnectionBook.Open("/b.toml", fs);
            ModelAssert.Equal(entry, reread.Find(entry.Id));
            Assert.Empty(reread.Diagnostics);
            return true;
        }));

    [Fact]
    public void Updated_entry_reads_back_as_the_new_entry() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), Prop.ForAll(Entries().ToArbitrary(), Entries().ToArbitrary(), (first, second) =>
        {
            var fs = new InMemoryFileSystem();
            var book = ConnectionBook.Open("/b.toml", fs);
            book.Add(first);
            var target = second with { Id = first.Id };
            book.Update(first.Id, target);
            ModelAssert.Equal(target, ConnectionBook.Open("/b.toml", fs).Find(first.Id));
            return true;
        }));

    internal static HostEntry RandomEntry(int seed)
    {
        var r = new Random(seed);
        T Pick<T>(params T[] items) => items[r.Next(items.Length)];
        bool Maybe() => r.Next(2) == 0;
        return new HostEntry
        {
            Id = Pick("nethack", "aard", "my bbs", "x", "host-1"),
            Name = Pick("", "NetHack", "Ünïcødé \"quoted\"", "tab\there"),
            Host = Pick("nethack.alt.org", "127.0.0.1", "::1", "bbs.example"),
            Port = Pick(23, 992, 4000, 65535, 1),
            Tls = Maybe(),
            TlsFingerprint = Maybe() ? null : new CertificatePin(Convert.ToHexString(BitConverter.GetBytes(r.NextInt64())).PadLeft(64, 'A')),
            Encoding = Pick(KnownEncodings.Names.ToArray()),
            Mode = Pick(HostMode.Auto, HostMode.Bbs, HostMode.Mud),
            TerminalType = Pick(null, "ansi", "xterm-256color"),
            EnterKey = Pick(EnterKey.CrLf, EnterKey.CrNul, EnterKey.Lf),
            KeyMap = Pick(KeyMapKind.Vt, KeyMapKind.AnsiBbs, KeyMapKind.Custom),
            IceColours = Maybe(),
            NawsSize = Maybe() ? null : new TerminalSize(r.Next(1, 300), r.Next(1, 100)),
            ForceBinary = Maybe(),
            AutoLogin = Pick<AutoLogin?>(null, new AutoLogin("bob", PasswordSource.Prompt), new AutoLogin("me", PasswordSource.FromEnvironment("MUD_PW")), new AutoLogin("x", PasswordSource.None)),
            AutoReconnect = Maybe() ? AutoReconnect.Off : new AutoReconnect(Maybe(), TimeSpan.FromSeconds(r.Next(1, 10)), TimeSpan.FromSeconds(r.Next(10, 3600)), r.Next(0, 5)),
            Scripts = Pick<string[]>([], ["a.lua"], ["a.lua", "dir/b.lua"]),
            Triggers = Pick<TriggerRule[]>([], [new TriggerRule("^You die", Send: "n")], [new TriggerRule("x", Highlight: "#ff0000", Gag: true), new TriggerRule("y", Send: "")]),
            Aliases = Pick<AliasRule[]>([], [new AliasRule("^k (.+)$", "kill $1")]),
            Notes = Pick("", "line one\nline two", "# not a comment"),
            Tags = Pick<string[]>([], ["mud"], ["bbs", "ansi"]),
            LastConnected = Maybe() ? null : DateTimeOffset.FromUnixTimeSeconds(r.Next()),
            TimesConnected = Pick(0, 1, 12345),
            OptionPolicies = Maybe()
                ? new Dictionary<string, OptionPolicy>()
                : new Dictionary<string, OptionPolicy> { ["naws"] = Pick(OptionPolicy.Accept, OptionPolicy.Refuse), ["gmcp"] = OptionPolicy.Request },
            ReAcknowledge = Maybe(),
        };
    }
}
