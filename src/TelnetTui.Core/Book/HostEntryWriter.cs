using TelnetTui.Core.Settings;
using TelnetTui.Toml;

namespace TelnetTui.Core.Book;

/// <summary>
/// Turns a <see cref="HostEntry"/> into its smallest TOML table: host and port always, other fields
/// only when they differ from their defaults. Small groups (auto_login, auto_reconnect, options)
/// are inline tables; triggers and aliases are [[arrays of tables]].
/// </summary>
internal static class HostEntryWriter
{
    public static TomlTable ToTable(HostEntry h)
    {
        var t = new TomlTable();
        if (h.Name.Length > 0)
            t.Add("name", h.Name);
        t.Add("host", h.Host);
        t.Add("port", h.Port);
        if (h.Tls)
            t.Add("tls", true);
        if (h.TlsFingerprint is { } pin)
            t.Add("tls_fingerprint", pin.ToString());
        if (h.Encoding != KnownEncodings.Default)
            t.Add("encoding", h.Encoding);
        if (h.Mode != HostMode.Auto)
            t.Add("mode", NameOf(HostEntryMapper.Modes, h.Mode));
        if (h.TerminalType is { } type)
            t.Add("terminal_type", type);
        if (h.EnterKey != EnterKey.CrLf)
            t.Add("enter_key", NameOf(HostEntryMapper.EnterKeys, h.EnterKey));
        if (h.KeyMap != KeyMapKind.Vt)
            t.Add("key_map", NameOf(HostEntryMapper.KeyMaps, h.KeyMap));
        if (h.IceColours)
            t.Add("ice_colours", true);
        if (h.NawsSize is { } size)
            t.Add("naws_size", size.ToString());
        if (h.ForceBinary)
            t.Add("force_binary", true);
        if (h.ReAcknowledge)
            t.Add("reacknowledge", true);
        if (h.AutoLogin is { } login)
            t.Add("auto_login", new TomlTable { IsInline = true, ["user"] = login.User, ["password"] = login.Password.ToString() });
        if (h.AutoReconnect != AutoReconnect.Off)
            t.Add("auto_reconnect", Reconnect(h.AutoReconnect));
        if (h.OptionPolicies.Count > 0)
            t.Add("options", Options(h.OptionPolicies));
        if (h.Scripts.Count > 0)
            t.Add("scripts", new TomlArray(h.Scripts.Select(s => (TomlValue)s)));
        if (h.Tags.Count > 0)
            t.Add("tags", new TomlArray(h.Tags.Select(s => (TomlValue)s)));
        if (h.Notes.Length > 0)
            t.Add("notes", h.Notes);
        if (h.LastConnected is { } last)
            t.Add("last_connected", TomlDateTime.FromDateTimeOffset(last));
        if (h.TimesConnected > 0)
            t.Add("times_connected", h.TimesConnected);
        if (h.Triggers.Count > 0)
            t.Add("triggers", new TomlArray(h.Triggers.Select(Trigger)) { IsTableArray = true });
        if (h.Aliases.Count > 0)
            t.Add("aliases", new TomlArray(h.Aliases.Select(a => (TomlValue)new TomlTable { ["pattern"] = a.Pattern, ["text"] = a.Text })) { IsTableArray = true });
        return t;
    }

    public static TomlTable Options(IReadOnlyDictionary<string, OptionPolicy> policies)
    {
        var t = new TomlTable { IsInline = true };
        foreach (var (name, policy) in policies)
            t.Add(name, NameOf(OptionPolicyReader.Policies, policy));
        return t;
    }

    private static TomlTable Reconnect(AutoReconnect r)
    {
        var t = new TomlTable { IsInline = true, ["enabled"] = r.Enabled };
        if (r.Delay != AutoReconnect.Off.Delay)
            t.Add("delay", (long)r.Delay.TotalSeconds);
        if (r.MaxDelay != AutoReconnect.Off.MaxDelay)
            t.Add("max_delay", (long)r.MaxDelay.TotalSeconds);
        if (r.MaxAttempts != 0)
            t.Add("max_attempts", r.MaxAttempts);
        return t;
    }

    private static TomlValue Trigger(TriggerRule r)
    {
        var t = new TomlTable { ["pattern"] = r.Pattern };
        if (r.Send is { } send)
            t.Add("send", send);
        if (r.Highlight is { } highlight)
            t.Add("highlight", highlight);
        if (r.Gag)
            t.Add("gag", true);
        return t;
    }

    private static string NameOf<T>(IReadOnlyDictionary<string, T> names, T value) =>
        names.First(kv => EqualityComparer<T>.Default.Equals(kv.Value, value)).Key;
}
