// A portal link carries its token in the fragment (#token=…), which never reaches the server: hand it
// to the sign-in form, take it out of the address bar and history, and open the portal.
(function () {
  var match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (!match) {
    return;
  }
  var form = document.getElementById('portal-sign-in');
  document.getElementById('link').value = decodeURIComponent(match[1]);
  history.replaceState(null, '', window.location.pathname);
  form.submit();
})();
