using ResourceMonitor.Domain.Access;

namespace ResourceMonitor.Demo.Broker;

/// <summary>
/// The embedded broker's passwords, one per user of the <see cref="BrokerAccessPolicy"/>: generated at first start into
/// <c>{data}/mqtt/{user}.password</c> (the worker's three connections share <c>worker.password</c>), as production's
/// deploy/generate-env does for Mosquitto.
/// </summary>
internal sealed class DemoBrokerCredentials
{
    private readonly Dictionary<string, string> _passwords;

    private DemoBrokerCredentials(string directory, Dictionary<string, string> passwords)
    {
        Directory = directory;
        _passwords = passwords;
    }

    /// <summary>Where the password files are.</summary>
    public string Directory { get; }

    /// <summary>User name → password.</summary>
    public IReadOnlyDictionary<string, string> Passwords => _passwords;

    /// <summary>The file holding <paramref name="username"/>'s password.</summary>
    public string FileOf(string username) => Path.Combine(Directory, $"{SecretOwner(username)}.password");

    public static DemoBrokerCredentials LoadOrCreate(string dataDirectory, BrokerAccessPolicy policy)
    {
        var directory = Path.Combine(dataDirectory, "mqtt");
        var passwords = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var identity in policy.Identities)
        {
            passwords[identity.Username] = DemoSecretFile.LoadOrCreate(Path.Combine(directory, $"{SecretOwner(identity.Username)}.password"));
        }

        return new DemoBrokerCredentials(directory, passwords);
    }

    /// <summary>The worker's connections (worker, worker-pub, worker-status) share the worker's password.</summary>
    private static string SecretOwner(string username) =>
        username.StartsWith(BrokerAccessPolicy.WorkerUsername + "-", StringComparison.Ordinal) ? BrokerAccessPolicy.WorkerUsername : username;
}
