// A "copy" button for any element named by a button's data-copy attribute. Without this script the button
// stays hidden and the text can still be selected and copied by hand.
(function () {
  if (!navigator.clipboard) {
    return;
  }
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var source = document.getElementById(button.getAttribute('data-copy'));
    var status = button.parentElement.querySelector('.copy-status');
    if (!source) {
      return;
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      navigator.clipboard.writeText(source.textContent.replace(/\s+/g, ' ').trim()).then(function () {
        if (status) {
          status.textContent = 'Reference copied.';
        }
      }, function () {
        if (status) {
          status.textContent = 'Could not copy: select the reference and copy it instead.';
        }
      });
    });
  });
})();
