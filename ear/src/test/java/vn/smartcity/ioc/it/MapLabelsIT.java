package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.smartcity.ioc.it.support.Browser;
import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.TestDirectory;

/**
 * A camera's name holding markup shows as text on the camera wall's map (issue #26: Leaflet renders a string
 * tooltip as HTML, so a name could run script in a supervisor's session): every tooltip of the map is opened in a
 * real browser and the markup must be its text, not an element of the page.
 */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class MapLabelsIT extends IocDeployment {

    static final String BASE = "http://127.0.0.1:8080/ioc";
    static final String MARKUP = "<img id=\"injected\" src=\"x\" onerror=\"window.injected=1\">";

    @Test
    void aCameraNameWithMarkupIsTextOnTheWallMap() throws Exception {
        String code = "LC-XSS-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        Http supervisor = new Http();
        supervisor.login("supervisor", "demo");
        Map<String, String> fields = CameraAdministrationIT.fields(code, CameraAdministrationIT.GEOMETRY, "22.3958");
        fields.put("name", "Camera " + MARKUP);
        String saved = supervisor.submit(supervisor.get(CameraAdministrationIT.EDIT).body(), "camera", "save", fields).body();
        assertTrue(saved.contains(code), saved);

        WebDriver browser = Browser.start();
        try {
            browser.get(BASE + "/console/cameras/wall.xhtml");
            browser.findElement(By.name("j_username")).sendKeys("supervisor");
            browser.findElement(By.name("j_password")).sendKeys("demo");
            browser.findElement(By.name("j_password")).submit();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                    .executeScript("var m = document.getElementById('cameraMap'); return !!(m && m.iocMap);")));
            Object opened = ((JavascriptExecutor) browser).executeScript(
                    "var n = 0; document.getElementById('cameraMap').iocMap.eachLayer(function (l) {"
                    + " if (l.getTooltip && l.getTooltip()) { l.openTooltip(); n++; } }); return n;");
            assertTrue(((Number) opened).intValue() > 0, "the wall map has camera markers");
            Thread.sleep(500); // an image's error handler runs after it fails to load
            Object tips = ((JavascriptExecutor) browser).executeScript(
                    "return Array.prototype.map.call(document.querySelectorAll('.leaflet-tooltip'), function (t) { return t.textContent; }).join('\\n');");
            assertTrue(String.valueOf(tips).contains(MARKUP), "the name is the tooltip's text: " + tips);
            assertEquals(0L, ((Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.querySelectorAll('#injected').length;")).longValue(), "no element made of the name");
            assertEquals(null, ((JavascriptExecutor) browser).executeScript("return window.injected === undefined ? null : window.injected;"),
                    "no script ran");
        } finally {
            browser.quit();
        }
    }
}
