console.log('ferry');
