using ResourceMonitor.IntegrationTests.Infrastructure;

namespace ResourceMonitor.IntegrationTests.Deployment;

/// <summary>
/// Class fixture: init.sh's password file, ACL and certificates for the compose plants, loaded into a real Mosquitto with
/// the production listener's client-id binding (<c>use_username_as_clientid</c>, read from deploy/mosquitto/mosquitto.conf).
/// </summary>
public sealed class SecuredBroker : IAsyncLifetime
{
    private BrokerSetup? _setup;
    private MosquittoInstance? _broker;

    /// <summary>What init.sh generated.</summary>
    public BrokerSetup Setup => _setup ?? throw new InvalidOperationException("Not started.");

    /// <summary>The broker using it.</summary>
    public MosquittoInstance Broker => _broker ?? throw new InvalidOperationException("Not started.");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _setup = await BrokerSetup.RunAsync(SamplePark.Id, SamplePark.ComposePlants);
        _broker = await MosquittoInstance.StartNewAsync(new MosquittoOptions
        {
            PasswordFile = _setup.PasswordFile,
            AclFile = _setup.AclFile,
            ExtraConfigLines = BrokerSetup.ProductionListenerBinding(),
        });
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }

        _setup?.Dispose();
    }
}
