package org.clientportal.bootstrap.e2e.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real, headless Chromium for one test class, driven through Playwright: the system's own browser
 * ({@code PORTAL_TEST_CHROMIUM}, else /usr/bin/chromium; {@code .ci/start-services} installs it), never
 * one Playwright would download. A missing browser fails the class: browser tests are never skipped.
 * Each {@link #newPerson} is a separate browser context — cookies of its own, as another person's
 * browser would be. Screenshots go to target/screenshots (docs/development.md says how they reach docs/).
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback {

    /** What a page may take to load or an element to appear; generous for a loaded 2-core machine. */
    private static final double TIMEOUT_MS = 15_000;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final Map<Page, List<String>> CONSOLE_ERRORS = new ConcurrentHashMap<>();

    private Playwright playwright;
    private Browser browser;

    @Override
    public void beforeAll(ExtensionContext context) {
        Path executable = Path.of(System.getenv().getOrDefault("PORTAL_TEST_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("Browser tests need Chromium at " + executable
                    + " (apt-get install -y chromium, as .ci/start-services does, or set PORTAL_TEST_CHROMIUM)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        // Flags that keep Chromium from reaching out to the network on its own, and run it as root in CI.
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    /**
     * A browser of its own for one person, phone-sized or not, with the timeouts set. What the page's
     * console reports as an error (a script failing, a resource the Content-Security-Policy blocked) is
     * kept for {@link #consoleErrors}.
     */
    public Page newPerson(boolean phone) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(phone ? 390 : 1280, phone ? 844 : 800));
        context.setDefaultTimeout(TIMEOUT_MS);
        context.setDefaultNavigationTimeout(TIMEOUT_MS);
        Page page = context.newPage();
        List<String> errors = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add(message.text());
            }
        });
        page.onPageError(errors::add);
        CONSOLE_ERRORS.put(page, errors);
        return page;
    }

    /** The console's errors on this person's page so far. */
    public static List<String> consoleErrors(Page page) {
        return List.copyOf(CONSOLE_ERRORS.getOrDefault(page, List.of()));
    }

    /** A full-page screenshot, named for what it shows. */
    public static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }
}
