package vn.smartcity.ioc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import vn.smartcity.ioc.it.support.Browser;
import vn.smartcity.ioc.it.support.Http;
import vn.smartcity.ioc.it.support.IocDeployment;
import vn.smartcity.ioc.it.support.PhotoFiles;
import vn.smartcity.ioc.it.support.TestDirectory;

/**
 * In headless Chromium: a citizen reports a problem in Vietnamese with a photo and a place clicked on the map,
 * gets a tracking code and follows it; an operator logs in, finds the report in the queue and assigns it; the
 * department answers; the citizen sees the answer.
 */
@ExtendWith({TestDirectory.class, ArquillianExtension.class})
@RunAsClient
class BrowserJourneyIT extends IocDeployment {

    static final String BASE = Http.BASE;

    /** A wait that retries when the page was replaced under it (a form post navigates). */
    private static WebDriverWait waiting(WebDriver driver, int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        // while the page is being replaced after a submit, Chromium may answer for an element of the old document
        // with "Node with given id does not belong to the document" (an unknown error): ask again
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    @Test
    void aCitizensReportGoesToTheOperatorAndTheAnswerComesBack() throws Exception {
        Path photo = Files.createTempFile("ioc-flood", ".jpg");
        Files.write(photo, PhotoFiles.read("flood-tan-phong-gps.jpg"));
        WebDriver citizen = Browser.start();
        String code;
        long incident;
        try {
            citizen.get(BASE + "/portal/index.xhtml");
            assertEquals("vi", citizen.findElement(By.tagName("html")).getAttribute("lang"));
            citizen.findElement(By.id("reportLink")).click();
            new Select(citizen.findElement(By.id("report:category"))).selectByValue("flooding");
            citizen.findElement(By.id("report:description")).sendKeys("Ngập sâu khoảng 30 cm ở ngã tư, nước chưa rút.");
            // flooding asks how deep the water is: its questions appear under the category
            WebElement depth = citizen.findElement(By.id("q.flooding.water_depth"));
            assertTrue(depth.isDisplayed(), "flooding's questions are shown");
            assertFalse(citizen.findElement(By.id("q.road-damage.pothole_width_m")).isDisplayed(), "not another category's");
            new Select(depth).selectByValue("knee");
            WebElement map = citizen.findElement(By.id("map"));
            waiting(citizen, 10).until(d -> map.getAttribute("class").contains("leaflet-container"));
            // the whole map in view, so that a click on the element is a click on the map's centre
            ((org.openqa.selenium.JavascriptExecutor) citizen).executeScript("arguments[0].scrollIntoView({block: 'center'})", map);
            map.click(); // the map's centre: Tân Phong ward
            String lat = citizen.findElement(By.id("report:lat")).getAttribute("value");
            assertTrue(lat.startsWith("22.3"), "the click put the place in the form: " + lat);
            citizen.findElement(By.id("report:address")).sendKeys("Ngã tư Trần Hưng Đạo - Lê Duẩn");
            citizen.findElement(By.id("report:photos")).sendKeys(photo.toString());
            citizen.findElement(By.id("report:email")).sendKeys("trinh.duyet@example.vn");
            citizen.findElement(By.id("report:consent")).click();
            Thread.sleep(1200); // a person takes longer than the form guard's minimum
            citizen.findElement(By.id("report:send")).click();
            WebElement codeShown = waiting(citizen, 20)
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("trackingCode")));
            code = codeShown.getText().replace("-", "");
            assertEquals(10, code.length());
            assertTrue(citizen.getPageSource().contains("Đã nhận 1 ảnh."));

            citizen.findElement(By.linkText("Theo dõi phản ánh")).click();
            assertEquals("NEW", citizen.findElement(By.id("status")).getAttribute("data-state"));
            incident = Long.parseLong(citizen.findElement(By.id("incidentId")).getText());
        } finally {
            citizen.quit();
        }

        WebDriver operator = Browser.start();
        try {
            operator.get(BASE + "/console/incidents/index.xhtml");
            operator.findElement(By.name("j_username")).sendKeys("operator");
            operator.findElement(By.name("j_password")).sendKeys("demo");
            operator.findElement(By.name("j_password")).submit();
            WebElement link = waiting(operator, 20)
                    .until(ExpectedConditions.elementToBeClickable(By.linkText(Long.toString(incident))));
            link.click();
            waiting(operator, 20).until(ExpectedConditions.presenceOfElementLocated(By.id("incident-state")));
            assertTrue(operator.getPageSource().contains("trinh.duyet@example.vn"), "the operator sees the contact");
            assertTrue(operator.getPageSource().contains("Đến đầu gối (15-50 cm)"), "and the citizen's answer");
            new Select(operator.findElement(By.id("triage:priority"))).selectByValue("HIGH");
            operator.findElement(By.id("triage:go")).click();
            waiting(operator, 20).until(d ->
                    "TRIAGED".equals(d.findElement(By.id("incident-state")).getAttribute("data-state")));
            new Select(operator.findElement(By.id("assign:department"))).selectByValue("SXD");
            operator.findElement(By.id("assign:assignee")).sendKeys("handler");
            operator.findElement(By.id("assign:go")).click();
            waiting(operator, 20).until(d ->
                    "ASSIGNED".equals(d.findElement(By.id("incident-state")).getAttribute("data-state")));
        } finally {
            operator.quit();
        }

        Http handler = new Http();
        handler.login("handler", "demo");
        String page = handler.get("/console/incidents/incident.xhtml?id=" + incident).body();
        page = handler.submit(page, "start", "go", java.util.Map.of()).body();
        handler.submit(page, "resolve", "go", java.util.Map.of("answer", "Đã nạo vét cống, nước đã rút hết."));

        WebDriver again = Browser.start();
        try {
            again.get(BASE + "/portal/track.xhtml");
            again.findElement(By.id("code")).sendKeys(code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8));
            again.findElement(By.id("code")).submit();
            WebElement answer = waiting(again, 20)
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("answer")));
            assertEquals("Đã nạo vét cống, nước đã rút hết.", answer.getText());
            assertEquals("RESOLVED", again.findElement(By.id("status")).getAttribute("data-state"));
            assertFalse(again.manage().getCookies().stream().anyMatch(c -> c.getName().equals("JSESSIONID")),
                    "the citizen never got a session");
        } finally {
            again.quit();
        }
    }
}
